package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The public feed's pages in memory, so that a reader's request costs a lookup. Every replica asks content-service
 * for the version of what is published ({@code gateway.feed.check-every}, 1 s): when it changed (a story published,
 * withdrawn, expired, or taken off line because consent ended) every page is dropped. A page is served from memory only
 * while the version was confirmed within {@code gateway.feed.max-staleness} (4 s); when content-service cannot be
 * asked, pages are composed afresh. So a story that leaves the published set leaves every replica's feed within about
 * a second, and never later than the staleness bound.
 */
@Startup
@ApplicationScoped
public class PublicFeedCache {

    /** What a page of the feed is asked by. */
    public record Key(String channel, String targetGroup, Integer limit, String cursor) {
    }

    private record Entry(Object page, long version) {
    }

    private static final Logger LOG = Logger.getLogger(PublicFeedCache.class);
    private static final int MAX_PAGES = 10_000;
    static final String VERSION_PATH = "/api/v1/published-version";

    private final DownstreamClient downstream;
    private final ObjectMapper json;
    private final GatewayConfig config;
    private final Vertx vertx;
    private final Map<Key, Entry> pages = new ConcurrentHashMap<>();
    private final Map<Key, CompletableFuture<Object>> composing = new ConcurrentHashMap<>();
    private final long timer;
    private volatile long version = Long.MIN_VALUE;
    private volatile long confirmedAt = System.nanoTime() - Long.MAX_VALUE / 2;

    PublicFeedCache(DownstreamClient downstream, ObjectMapper json, GatewayConfig config, Vertx vertx) {
        this.downstream = downstream;
        this.json = json;
        this.config = config;
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(config.feed().checkEvery().toMillis(), id -> check());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }

    /** The page from memory when it is there and current; otherwise composed now, and kept when it is complete. */
    @SuppressWarnings("unchecked")
    public <T> T page(Key key, Supplier<T> compose, java.util.function.Predicate<T> complete) {
        long current = version;
        boolean confirmed = confirmed();
        if (confirmed) {
            Entry entry = pages.get(key);
            if (entry != null && entry.version() == current) {
                return (T) entry.page();
            }
        }
        // One composition per page at a time: requests that miss together wait for the one that composes it, instead of
        // each composing it again (a burst of readers after a change would otherwise take every worker thread).
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = composing.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            T page = compose.get();
            if (confirmed && complete.test(page) && current == version) {
                if (pages.size() >= MAX_PAGES) {
                    pages.clear();
                }
                pages.put(key, new Entry(page, current));
            }
            mine.complete(page);
            return page;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            composing.remove(key, mine);
        }
    }

    private boolean confirmed() {
        return System.nanoTime() - confirmedAt < config.feed().maxStaleness().toNanos();
    }

    private void check() {
        long asked = System.nanoTime();
        downstream.probe(Downstream.CONTENT_SERVICE, VERSION_PATH, config.feed().checkEvery())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() != 200) {
                        LOG.debugf("The published version could not be read: %s", failure);
                        return;
                    }
                    try {
                        JsonNode answer = json.readTree(response.body());
                        long now = answer.path("version").asLong();
                        if (now != version) {
                            pages.clear();
                            version = now;
                        }
                        confirmedAt = asked;
                    } catch (IOException e) {
                        LOG.debugf("The published version is not JSON: %s", e);
                    }
                });
    }
}
