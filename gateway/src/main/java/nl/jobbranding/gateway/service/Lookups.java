package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.CallTimings;
import nl.jobbranding.gateway.client.OpenCalls;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.routing.Downstream;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What campaign-service says about a series, unit, channel or campaign, and its lists of campaigns, units and channels,
 * reused for a short while (the {@code campaign-lookups} cache, {@code gateway.composition.lookup-ttl}, 30 s): composed
 * views and console pages ask for the same few again and again, and they change a few times a year. Every role may
 * read them, so one copy serves all callers (a caller's token is only used to read what is not there yet); refusals
 * and failures are not kept. A change made in campaign-service shows here within that time on every replica.
 * <p>
 * Composed views read what a page of stories or series needs with {@link #several}: whatever is not kept is asked in
 * one call per kind (campaign-service's list filtered by several ids or codes), so a view's calls do not grow with its
 * page, kept or not.
 */
@ApplicationScoped
public class Lookups {

    /** The most campaigns, units or channels listed (for choices in a form), and the most one batch read names. */
    public static final int LIST_LIMIT = 100;

    /** What {@link #several} reads: a collection of campaign-service, by id or by code. */
    public enum Kind {
        SERIES("series", "id"), UNITS("units", "code"), CAMPAIGNS("campaigns", "id"), CHANNELS("channels", "code");

        private final String collection;
        private final String key;

        Kind(String collection, String key) {
            this.collection = collection;
            this.key = key;
        }

        /** The path of one, as {@link #read} keeps it. */
        String path(String key) {
            return "/api/v1/" + collection + "/" + key;
        }

        /** Whether a value can name one at all (ids are UUIDs, codes are not blank): anything else is not asked. */
        boolean wellFormed(String value) {
            if (value == null || value.isBlank()) {
                return false;
            }
            if (key.equals("id")) {
                try {
                    UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            return true;
        }
    }

    private final ServiceReader reader;
    private final CaffeineCache kept;

    Lookups(ServiceReader reader, @CacheName("campaign-lookups") Cache kept) {
        this.reader = reader;
        this.kept = kept.as(CaffeineCache.class);
    }

    /**
     * Several series, units, campaigns or channels, by id or code: those kept are not asked again, the others in one
     * call per {@value #LIST_LIMIT} (and kept), without blocking a thread. One that does not exist is not in the answer.
     *
     * @param timings where the calls are counted, or null
     * @param open    the composed view's open calls, or null
     */
    public CompletionStage<Map<String, JsonNode>> several(Kind kind, Collection<String> keys, String authorization, String requestId,
                                                         CallTimings timings, OpenCalls open) {
        Map<String, JsonNode> found = new ConcurrentHashMap<>();
        List<String> asked = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            if (!kind.wellFormed(key)) {
                continue;
            }
            CompletableFuture<Optional<JsonNode>> one = kept.getIfPresent(kind.path(key));
            Optional<JsonNode> known = one != null && one.isDone() && !one.isCompletedExceptionally() ? one.join() : null;
            if (known == null) {
                asked.add(key);
            } else {
                known.ifPresent(json -> found.put(key, json));
            }
        }
        List<CompletableFuture<Optional<JsonNode>>> reads = new ArrayList<>();
        for (int from = 0; from < asked.size(); from += LIST_LIMIT) {
            StringBuilder path = new StringBuilder("/api/v1/").append(kind.collection).append("?limit=").append(LIST_LIMIT);
            asked.subList(from, Math.min(asked.size(), from + LIST_LIMIT)).forEach(key -> path.append('&').append(kind.key)
                    .append('=').append(URLEncoder.encode(key, StandardCharsets.UTF_8)));
            reads.add(reader.getAsync(Downstream.CAMPAIGN_SERVICE, path.toString(), authorization, requestId, timings, open)
                    .thenApply(answer -> {
                        answer.ifPresent(page -> page.path("items").forEach(item -> {
                            String key = item.path(kind.key).asText();
                            found.put(key, item);
                            kept.put(kind.path(key), CompletableFuture.completedFuture(Optional.of(item)));
                        }));
                        return answer;
                    }).toCompletableFuture());
        }
        return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).thenApply(done -> Map.copyOf(found));
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
