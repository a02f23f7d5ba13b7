package nl.jobbranding.gateway;

import nl.jobbranding.runtime.ServiceTestResource;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waiting for what happens asynchronously: spans being exported, a service writing its log. */
final class Eventually {

    private Eventually() {
    }

    /** The first non-null value within the time given; fails the test otherwise. */
    static <T> T value(Duration within, Supplier<T> condition) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            pause();
        }
        throw new AssertionError("not within " + within);
    }

    /** Whether the running service's log shows the text within the time given. */
    static boolean logged(Duration within, String module, String text) {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (ServiceTestResource.log(module).contains(text)) {
                return true;
            }
            pause();
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
