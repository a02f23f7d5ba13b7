package nl.jobbranding.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where the services are and how long the gateway waits for them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Downstream campaignService();

    Downstream contentService();

    ApiDocument apiDocument();

    /** The one OpenAPI document: its title and description, and how often it is assembled again. */
    interface ApiDocument {

        String title();

        String version();

        String description();

        @WithDefault("60s")
        Duration refresh();
    }

    interface Downstream {

        /** Base URL of the service; the gateway never takes a target from a request. */
        URI url();

        /** How long one call may take, connecting included. */
        @WithDefault("5s")
        Duration timeout();
    }
}
