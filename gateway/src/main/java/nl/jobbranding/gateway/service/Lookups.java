package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What campaign-service says about one series, unit, channel or campaign, reused for a short while
 * ({@code gateway.composition.lookup-ttl}): composed views ask for the same few again and again. Every role may read
 * these, so one copy serves all callers.
 */
@ApplicationScoped
class Lookups {

    private record Entry(Optional<JsonNode> value, Instant until) {
    }

    private final ServiceReader reader;
    private final GatewayConfig config;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    Lookups(ServiceReader reader, GatewayConfig config, Clock clock) {
        this.reader = reader;
        this.config = config;
        this.clock = clock;
    }

    Optional<JsonNode> series(String id, String authorization, String requestId) {
        return lookup("/api/v1/series/" + id, authorization, requestId);
    }

    Optional<JsonNode> unit(String code, String authorization, String requestId) {
        return lookup("/api/v1/units/" + code, authorization, requestId);
    }

    Optional<JsonNode> channel(String code, String authorization, String requestId) {
        return lookup("/api/v1/channels/" + code, authorization, requestId);
    }

    Optional<JsonNode> campaign(String id, String authorization, String requestId) {
        return lookup("/api/v1/campaigns/" + id, authorization, requestId);
    }

    private Optional<JsonNode> lookup(String path, String authorization, String requestId) {
        Instant now = clock.instant();
        Entry entry = cache.get(path);
        if (entry != null && entry.until().isAfter(now)) {
            return entry.value();
        }
        Optional<JsonNode> value = reader.get(Downstream.CAMPAIGN_SERVICE, path, authorization, requestId);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(path, new Entry(value, now.plus(config.composition().lookupTtl())));
        return value;
    }
}
