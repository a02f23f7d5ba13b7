package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.routing.Downstream;

import java.util.Optional;

/**
 * What campaign-service says about a series, unit, channel or campaign, and its lists of campaigns, units and channels,
 * reused for a short while (the {@code campaign-lookups} cache, {@code gateway.composition.lookup-ttl}, 30 s): composed
 * views and console pages ask for the same few again and again, and they change a few times a year. Every role may
 * read them, so one copy serves all callers (a caller's token is only used to read what is not there yet); refusals
 * and failures are not kept. A change made in campaign-service shows here within that time on every replica.
 */
@ApplicationScoped
public class Lookups {

    /** The most campaigns, units or channels listed (for choices in a form). */
    public static final int LIST_LIMIT = 100;

    private final ServiceReader reader;

    Lookups(ServiceReader reader) {
        this.reader = reader;
    }

    public Optional<JsonNode> series(String id, String authorization, String requestId) {
        return read("/api/v1/series/" + id, authorization, requestId);
    }

    public Optional<JsonNode> unit(String code, String authorization, String requestId) {
        return read("/api/v1/units/" + code, authorization, requestId);
    }

    public Optional<JsonNode> channel(String code, String authorization, String requestId) {
        return read("/api/v1/channels/" + code, authorization, requestId);
    }

    public Optional<JsonNode> campaign(String id, String authorization, String requestId) {
        return read("/api/v1/campaigns/" + id, authorization, requestId);
    }

    /** The first {@value #LIST_LIMIT} campaigns, units or channels (a page: {@code items}). */
    public Optional<JsonNode> list(String collection, String authorization, String requestId) {
        if (!collection.equals("campaigns") && !collection.equals("units") && !collection.equals("channels")) {
            throw new IllegalArgumentException(collection);
        }
        return read("/api/v1/" + collection + "?limit=" + LIST_LIMIT, authorization, requestId);
    }

    /** One read, kept by its path (self-invocation is intercepted in Quarkus, so the cache applies). */
    @CacheResult(cacheName = "campaign-lookups")
    Optional<JsonNode> read(@CacheKey String path, String authorization, String requestId) {
        return reader.get(Downstream.CAMPAIGN_SERVICE, path, authorization, requestId);
    }
}
