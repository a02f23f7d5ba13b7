package nl.jobbranding.content.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one guarded way to campaign-service: every call has a time limit, is retried (all calls are reads, so
 * idempotent) and goes through one circuit breaker for the whole downstream. "Not found" is an answer (empty), not a
 * failure; every failure, an open circuit included, is thrown for {@link CampaignClient} to turn into a 503 problem.
 */
@ApplicationScoped
class CampaignServiceGuard {

    /** How long the circuit stays open, and so what a 503 answer's Retry-After says. */
    static final int OPEN_SECONDS = 10;

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = OPEN_SECONDS * 1000L, delayUnit = ChronoUnit.MILLIS)
    <T> Optional<T> call(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
