package nl.jobbranding.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.net.ConnectException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The guarded calls to the services, one method per service so that each has its own circuit breaker: a time limit on
 * every call, retries only when the connection was refused and the call may be retried (reads). A call cancelled at the
 * end of its composed view's budget ({@link OpenCalls}), and a call refused because the gateway's own pool of
 * connections to the service and its wait queue are full (a burst of composed views), are no failures of the service
 * and do not count against its breaker: they still fail (a 503, or the part named missing). A pool full because the
 * service is slow still opens the breaker: the calls holding its connections run into their time limit, and those do
 * count (the breaker looks at the last 8 calls; a time limit ends up to 64 calls at once). The calls do not block:
 * each exchange runs on the event loop and the guards apply to its completion, so no thread waits for a service.
 */
@ApplicationScoped
class ServiceCalls {

    @AsynchronousNonBlocking
    @Timeout(value = DownstreamClient.HARD_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = DownstreamClient.OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            skipOn = {OpenCalls.Cancelled.class, ConnectionPoolTooBusyException.class})
    @CircuitBreakerName("campaign-service")
    <T> CompletionStage<T> campaignService(Supplier<CompletionStage<T>> exchange, boolean retryable) {
        return exchange(exchange, retryable);
    }

    @AsynchronousNonBlocking
    @Timeout(value = DownstreamClient.HARD_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = DownstreamClient.OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS,
            skipOn = {OpenCalls.Cancelled.class, ConnectionPoolTooBusyException.class})
    @CircuitBreakerName("content-service")
    <T> CompletionStage<T> contentService(Supplier<CompletionStage<T>> exchange, boolean retryable) {
        return exchange(exchange, retryable);
    }

    /** Starts the exchange; a refused connection of a call that must not be retried is not a ConnectException. */
    private static <T> CompletionStage<T> exchange(Supplier<CompletionStage<T>> exchange, boolean retryable) {
        CompletableFuture<T> result = new CompletableFuture<>();
        exchange.get().whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            result.completeExceptionally(cause instanceof ConnectException && !retryable
                    ? new IOException("Not retried: " + cause.getMessage(), cause) : cause);
        });
        return result;
    }
}
