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

    Composition composition();

    /** Composed views: how long one may take, and how long what campaign-service says is reused. */
    interface Composition {

        /** The time budget of a composed view; parts that are not there by then are reported missing. */
        @WithDefault("3s")
        Duration budget();

        /** How long series, units, channels and campaigns read from campaign-service are reused. */
        @WithDefault("30s")
        Duration lookupTtl();

        /**
         * The gateway's own token (role {@code service}) for what anonymous readers may see: names of campaigns, series
         * and units in the public feed. Locally the run command makes one; in production it comes from the identity
         * provider (client credentials). Without it the public feed leaves the names out and says so.
         */
        java.util.Optional<String> serviceToken();
    }

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
