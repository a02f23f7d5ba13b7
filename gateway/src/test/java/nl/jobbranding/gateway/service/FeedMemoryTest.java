package nl.jobbranding.gateway.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public feed in memory when content-service's version check answers, fails or is slow, on a clock of the test's
 * own: a page is never served more than 4 s after it was known to be current (so a withdrawn story is gone within the
 * 5 s bound), and without a confirmed version each page is composed again at most once per 4 s, by one request.
 */
class FeedMemoryTest {

    private static final Duration MAX_STALENESS = Duration.ofSeconds(4);
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final FeedMemory memory = new FeedMemory(clock::get, MAX_STALENESS);
    private final AtomicInteger compositions = new AtomicInteger();

    /** The page as content-service would give it now; counts the compositions. */
    private Supplier<CompletionStage<String>> compose(String content) {
        return () -> {
            compositions.incrementAndGet();
            return CompletableFuture.completedFuture(content);
        };
    }

    private String read(String content) {
        return page(compose(content), page -> true);
    }

    private String page(Supplier<CompletionStage<String>> compose, Predicate<String> keep) {
        try {
            return memory.page("feed", compose, keep).toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void after(double seconds) {
        clock.addAndGet((long) (seconds * SECOND));
    }

    @Test
    void whileTheCheckConfirmsTheVersionAPageIsComposedOnceAndAChangeDropsIt() {
        memory.confirmed(7, clock.get());
        assertEquals("a", read("a"));
        for (int i = 0; i < 30; i++) {
            after(1);
            memory.confirmed(7, clock.get());
            assertEquals("a", read("changed meanwhile"), "served from memory while confirmed");
        }
        assertEquals(1, compositions.get());

        // A story withdrawn: the next check sees a new version, the page is composed again at once.
        after(1);
        memory.confirmed(8, clock.get());
        assertEquals("b", read("b"));
        assertEquals(2, compositions.get());
    }

    @Test
    void whenTheCheckFailsAPageIsServedFourSecondsAfterItWasComposedThenComposedAgainOnce() {
        memory.confirmed(7, clock.get());
        read("a");
        // From here on every check fails: nothing is confirmed any more.
        after(3.9);
        assertEquals("a", read("withdrawn"), "within 4 s of its last confirmation");
        after(0.2);
        // The withdrawal happened after the last confirmation; 4.1 s later the page is not served any more.
        assertEquals("withdrawn", read("withdrawn"));
        assertEquals(2, compositions.get());
        // The page composed without a confirmed version is kept for 4 s after it was composed: no storm of compositions.
        for (int i = 0; i < 39; i++) {
            after(0.1);
            read("later");
        }
        assertEquals(2, compositions.get(), "one composition per 4 s, not one per request");
        after(0.2);
        assertEquals("later", read("later"));
        assertEquals(3, compositions.get());
    }

    @Test
    void aSlowCheckConfirmsAsOfWhenItWasAskedNotWhenItAnswered() {
        memory.confirmed(7, clock.get());
        read("a");
        long asked = clock.get() + 2 * SECOND;
        after(5);
        // Asked 2 s after the last one, answered 3 s later: the page was current 3 s ago, so it may be served 1 s more.
        memory.confirmed(7, asked);
        assertEquals("a", read("b"));
        after(1.1);
        assertEquals("b", read("b"));
        // An answer older than the last one confirms nothing.
        memory.confirmed(7, asked - SECOND);
        after(4.1);
        assertEquals("c", read("c"));
        assertEquals(3, compositions.get());
    }

    @Test
    void aPageComposedWhileTheVersionChangedIsNotKept() {
        memory.confirmed(7, clock.get());
        String page = page(() -> {
            // A withdrawal is seen while this composition is under way.
            memory.confirmed(8, clock.get());
            return CompletableFuture.completedFuture("composed under 7");
        }, p -> true);
        assertEquals("composed under 7", page);
        assertEquals("b", read("b"), "not kept: composed again");
    }

    @Test
    void requestsThatMissTogetherWaitForOneCompositionAndAFailureIsNotKept() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            CompletableFuture<String> composed = new CompletableFuture<>();
            answers.add(readers.submit(() -> page(() -> {
                compositions.incrementAndGet();
                started.countDown();
                return composed;
            }, page -> true)));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                answers.add(readers.submit(() -> read("another")));
            }
            Thread.sleep(200);
            composed.complete("a");
            for (Future<String> answer : answers) {
                assertEquals("a", answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, compositions.get(), "eight readers, one composition");
        } finally {
            readers.shutdownNow();
        }

        // A composition that fails (content-service down) is each reader's failure, and nothing is kept.
        after(5);
        assertThrows(IllegalStateException.class, () -> page(() -> {
            throw new IllegalStateException("content-service is down");
        }, page -> true));
        assertThrows(IllegalStateException.class, () -> page(() -> CompletableFuture.failedFuture(
                new IllegalStateException("content-service does not answer")), page -> true));
        assertEquals("b", read("b"));
        // A page that is not complete (a part missing) is served but not kept.
        after(5);
        assertEquals("partial", page(compose("partial"), page -> false));
        assertEquals("whole", read("whole"));
    }
}
