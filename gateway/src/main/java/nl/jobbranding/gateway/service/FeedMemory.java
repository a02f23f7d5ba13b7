package nl.jobbranding.gateway.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The rules by which the public feed's pages are kept and served ({@link PublicFeedCache} adds the timer and the
 * version check), apart so that they can be tested with a clock of their own.
 * <p>
 * A page is served from memory while it is known to be at most {@code maxStaleness} old: either content-service
 * confirmed the published version it was composed under within that time, or the page itself was composed within that
 * time. So a story taken off line at time w is never served after w + maxStaleness: a page that shows it was composed
 * from what content-service answered before w, so the page started before w, and a confirmation that still saw the old
 * version was asked before w too. When the version check fails or is slow (a starved machine, a slow content-service),
 * pages keep being served for maxStaleness after they were composed, and each page is then composed again once, by one
 * request (the others that miss it at the same time wait for that one): at most one composition per page per
 * maxStaleness, instead of one per request.
 */
final class FeedMemory {

    /** Pages kept at most; beyond that all are dropped (they are cheap to compose again). */
    static final int MAX_PAGES = 10_000;

    private record Entry(Object page, long version, long composedAt) {
    }

    /** The last published version content-service confirmed, and when it was asked (clock time). */
    private record Known(long version, boolean ever, long askedAt) {
    }

    private final LongSupplier clock;
    private final long maxStaleness;
    private final Map<Object, Entry> pages = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<Object>> composing = new ConcurrentHashMap<>();
    private volatile Known known = new Known(Long.MIN_VALUE, false, 0);

    /**
     * @param clock        nanoseconds, as {@link System#nanoTime()}
     * @param maxStaleness how old a page served from memory may ever be
     */
    FeedMemory(LongSupplier clock, Duration maxStaleness) {
        this.clock = clock;
        this.maxStaleness = maxStaleness.toNanos();
    }

    long now() {
        return clock.getAsLong();
    }

    /**
     * The page from memory when it is fresh enough; otherwise composed now (once for all who ask together), kept when
     * {@code keep} says so. Nobody waits on a thread: those who ask while a page is composed get its completion.
     */
    @SuppressWarnings("unchecked")
    <T> CompletionStage<T> page(Object key, Supplier<? extends CompletionStage<T>> compose, Predicate<T> keep) {
        Known asOf = known;
        Entry entry = pages.get(key);
        if (entry != null && fresh(entry, asOf)) {
            return CompletableFuture.completedFuture((T) entry.page());
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = composing.putIfAbsent(key, mine);
        if (running != null) {
            return (CompletionStage<T>) running.minimalCompletionStage();
        }
        long started = now();
        CompletionStage<T> composed;
        try {
            composed = compose.get();
        } catch (RuntimeException e) {
            composed = CompletableFuture.failedFuture(e);
        }
        composed.whenComplete((page, failure) -> {
            // Kept only under the version it was composed under: a change seen meanwhile drops it.
            if (failure == null && keep.test(page) && known.version() == asOf.version()) {
                if (pages.size() >= MAX_PAGES) {
                    pages.clear();
                }
                pages.put(key, new Entry(page, asOf.version(), started));
            }
            composing.remove(key, mine);
            if (failure == null) {
                mine.complete(page);
            } else {
                mine.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
            }
        });
        return (CompletionStage<T>) mine.minimalCompletionStage();
    }

    /** Content-service said, to a check asked at {@code askedAt}, that this is the published version: a new one drops every page. */
    void confirmed(long version, long askedAt) {
        Known before = known;
        if (before.ever() && askedAt - before.askedAt() < 0) {
            return;
        }
        known = new Known(version, true, askedAt);
        if (version != before.version()) {
            pages.clear();
        }
    }

    private boolean fresh(Entry entry, Known asOf) {
        if (entry.version() != asOf.version()) {
            return false;
        }
        long now = now();
        return now - entry.composedAt() < maxStaleness || asOf.ever() && now - asOf.askedAt() < maxStaleness;
    }
}
