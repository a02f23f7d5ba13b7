package nl.jobbranding.content.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one guarded way to campaign-service: every call has a time limit and goes through one circuit breaker for the
 * whole downstream. Only transport failures (no connection, a broken or timed-out one) are retried; an answer is never
 * asked again: "not found" is empty, and a refusal (another 4xx, such as 401 or 403) is {@link Refused}, which neither
 * is retried nor counts against campaign-service in the circuit breaker. Every other failure, an open circuit
 * included, is thrown for {@link CampaignClient} to turn into a 503 problem.
 */
@ApplicationScoped
class CampaignServiceGuard {

    /** How long the circuit stays open, and so what a 503 answer's Retry-After says. */
    static final int OPEN_SECONDS = 10;

    /** campaign-service answered, and refused: a client error (4xx other than 404). */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super("campaign-service refused the request with " + status);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = ProcessingException.class, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = OPEN_SECONDS * 1000L, delayUnit = ChronoUnit.MILLIS,
            skipOn = Refused.class)
    <T> Optional<T> call(Supplier<T> call) {
        return answer(call);
    }

    /**
     * One try with a short time limit, for what only warns and must not hold up the caller (an early warning while a
     * draft is saved): no retry, and not counted in the circuit breaker.
     */
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    <T> Optional<T> quick(Supplier<T> call) {
        return answer(call);
    }

    private static <T> Optional<T> answer(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status >= 400 && status < 500) {
                throw new Refused(status);
            }
            throw e;
        }
    }
}
