package nl.jobbranding.content.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** content-service's own settings (prefix {@code content}). */
@ConfigMapping(prefix = "content")
public interface ContentConfig {

    Review review();

    Publication publication();

    Metrics metrics();

    Webhooks webhooks();

    interface Webhooks {
        /**
         * URL prefixes a subscription may use without the https and public-address checks (tests, the run command), such
         * as {@code http://localhost:}; none by default.
         */
        Optional<List<String>> allowedUrls();

        /** How often waiting events are fanned out to subscriptions and due deliveries sent, such as 1s; "off" stops it. */
        @WithDefault("1s")
        String deliverEvery();

        /** Time limit of one delivery (connecting and the receiver's answer). */
        @WithDefault("PT10S")
        Duration timeout();

        /** The wait after a first failed attempt; it doubles with every further failure, up to {@link #maxRetryDelay}. */
        @WithDefault("PT10S")
        Duration firstRetryDelay();

        @WithDefault("PT1H")
        Duration maxRetryDelay();

        /** A subscription whose deliveries all failed for this long is disabled, with the reason. */
        @WithDefault("P3D")
        Duration disableAfter();

        /**
         * How long an instance holds a delivery it claimed; one that never records an outcome (it stopped) loses it
         * then, and another instance sends it again. Longer than {@link #timeout}.
         */
        @WithDefault("PT1M")
        Duration claimDuration();

        /** Deliveries one instance claims at a time. */
        @WithDefault("20")
        int batchSize();
    }

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
