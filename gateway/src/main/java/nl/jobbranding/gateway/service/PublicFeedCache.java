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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The public feed's pages in memory, so that a reader's request costs a lookup. Every replica asks content-service
 * for the version of what is published ({@code gateway.feed.check-every}, 1 s; one check at a time, each given until
 * {@code max-staleness} minus {@code check-every} to answer, 3 s): when it changed (a story published, withdrawn,
 * expired, or taken off line because consent ended) every page is dropped. A page is served from memory while it is at
 * most {@code gateway.feed.max-staleness} (4 s) old: its version was confirmed by a check asked within that time, or
 * it was composed within that time ({@link FeedMemory}). So a story that leaves the published set leaves every
 * replica's feed within about a second while the checks answer, and never later than the staleness bound when they
 * fail or are slow: then each page is composed again at most once per 4 s, by one request, while the others wait for it.
 */
@Startup
@ApplicationScoped
public class PublicFeedCache {

    /** What a page of the feed is asked by. */
    public record Key(String channel, String targetGroup, Integer limit, String cursor) {
    }

    private static final Logger LOG = Logger.getLogger(PublicFeedCache.class);
    static final String VERSION_PATH = "/api/v1/published-version";

    private final DownstreamClient downstream;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final FeedMemory memory;
    private final Duration checkTimeout;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final long timer;

    PublicFeedCache(DownstreamClient downstream, ObjectMapper json, GatewayConfig config, Vertx vertx) {
        this.downstream = downstream;
        this.json = json;
        this.vertx = vertx;
        this.memory = new FeedMemory(System::nanoTime, config.feed().maxStaleness());
        Duration checkEvery = config.feed().checkEvery();
        Duration rest = config.feed().maxStaleness().minus(checkEvery);
        this.checkTimeout = rest.compareTo(checkEvery) > 0 ? rest : checkEvery;
        this.timer = vertx.setPeriodic(checkEvery.toMillis(), id -> check());
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(timer);
    }

    /** The page from memory when it is there and fresh; otherwise composed now (once for all who ask together), and kept when it is complete. */
    public <T> CompletionStage<T> page(Key key, Supplier<? extends CompletionStage<T>> compose, Predicate<T> complete) {
        return memory.page(key, compose, complete);
    }

    /** Asks for the published version, unless a check is still waiting for its answer. */
    private void check() {
        if (!checking.compareAndSet(false, true)) {
            return;
        }
        long asked = memory.now();
        CompletionStage<HttpResponse<byte[]>> answer;
        try {
            answer = downstream.probe(Downstream.CONTENT_SERVICE, VERSION_PATH, checkTimeout);
        } catch (RuntimeException e) {
            checking.set(false);
            LOG.debugf("The published version could not be asked: %s", e);
            return;
        }
        answer.whenComplete((response, failure) -> {
            checking.set(false);
            if (failure != null || response.statusCode() != 200) {
                LOG.debugf("The published version could not be read: %s", failure);
                return;
            }
            try {
                JsonNode version = json.readTree(response.body()).path("version");
                if (version.isIntegralNumber()) {
                    memory.confirmed(version.asLong(), asked);
                }
            } catch (IOException e) {
                LOG.debugf("The published version is not JSON: %s", e);
            }
        });
    }
}
