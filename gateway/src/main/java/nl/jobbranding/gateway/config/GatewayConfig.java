package nl.jobbranding.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** Where the services are and how long the gateway waits for them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * The gateway's address as its clients reach it, such as {@code https://werkenvoor.example.nl} behind an ingress:
     * links and {@code Location} headers point there. Without it they point at the host the request was sent to. The
     * gateway never takes X-Forwarded or Forwarded headers from a client.
     */
    java.util.Optional<URI> publicUrl();

    Downstream campaignService();

    Downstream contentService();

    ApiDocument apiDocument();

    Composition composition();

    Feed feed();

    /** The public feed in memory: how often its version is checked, and how stale it may ever be. */
    interface Feed {

        /** How often each replica asks content-service whether what is published changed. */
        @WithDefault("1s")
        Duration checkEvery();

        /**
         * How long after the last confirmed check pages are still served from memory; after that they are composed
         * afresh, so a withdrawn story is never shown longer than this after content-service said so.
         */
        @WithDefault("4s")
        Duration maxStaleness();
    }

    /** Composed views: how long one may take, and how long what campaign-service says is reused. */
    interface Composition {

        /** The time budget of a composed view; parts that are not there by then are reported missing. */
        @WithDefault("3s")
        Duration budget();

        /** How long series, units, channels and campaigns read from campaign-service are reused. */
        @WithDefault("30s")
        Duration lookupTtl();
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

        /**
         * Most connections kept open to the service (a keep-alive pool); calls beyond them wait for a free one, at most
         * {@code 4 ×} this many, and others get a 503 at once.
         */
        @WithDefault("64")
        int maxConnections();
    }
}
