package nl.jobbranding.content.config;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import nl.jobbranding.content.screening.Screener;

/** One pre-screen for the application: its rule data is read and compiled once, at start-up, not per request. */
class ScreenerProducer {

    @Produces
    @Singleton
    @Startup
    Screener screener() {
        return Screener.load();
    }
}
