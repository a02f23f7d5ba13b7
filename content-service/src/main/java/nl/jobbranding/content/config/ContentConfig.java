package nl.jobbranding.content.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** content-service's own settings (prefix {@code content}). */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    Review review();

    Publication publication();

    Metrics metrics();

    interface Metrics {
        /** How often the story and queue gauges are read from the database, such as 15s. */
        @WithDefault("15s")
        String refreshEvery();
    }

    interface Publication {
        /** How often scheduled publication, expiry and ended consents are acted on, such as 30s; "off" stops it. */
        @WithDefault("30s")
        String checkEvery();
    }

    interface Review {
        /** How long a community manager's claim on a story lasts before others may take it over. */
        @WithDefault("PT30M")
        Duration claimDuration();

        /** Approvals by different community managers that a story of a sensitive unit needs. */
        @WithDefault("2")
        int sensitiveApprovals();
    }
}
