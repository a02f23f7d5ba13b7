package nl.jobbranding.gateway;

import nl.jobbranding.runtime.ServiceTestResource;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/** Waiting for what happens asynchronously: spans being exported, a service writing its log (Awaitility underneath). */
final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** The first non-null value within the time given; fails the test otherwise. */
    static <T> T value(Duration within, Supplier<T> condition) {
        return await().atMost(within).pollInterval(POLL).until(condition::get, Objects::nonNull);
    }

    /** Whether the running service's log shows the text within the time given. */
    static boolean logged(Duration within, String module, String text) {
        try {
            await().atMost(within).pollInterval(POLL).until(() -> ServiceTestResource.log(module).contains(text));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
