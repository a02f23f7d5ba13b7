package nl.jobbranding.gateway.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;

/**
 * The guarded calls to the services, one method per service so that each has its own circuit breaker: a time limit on
 * every call, retries only when the connection was refused and the call may be retried (reads).
 */
@ApplicationScoped
class ServiceCalls {

    private final HttpClient http;

    ServiceCalls(HttpClient http) {
        this.http = http;
    }

    @Timeout(value = DownstreamClient.HARD_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = DownstreamClient.OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("campaign-service")
    HttpResponse<byte[]> campaignService(HttpRequest request, boolean retryable) throws IOException, InterruptedException {
        return exchange(request, retryable);
    }

    @Timeout(value = DownstreamClient.HARD_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = DownstreamClient.OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("content-service")
    HttpResponse<byte[]> contentService(HttpRequest request, boolean retryable) throws IOException, InterruptedException {
        return exchange(request, retryable);
    }

    /** Sends the request; a refused connection of a call that must not be retried is not a ConnectException. */
    private HttpResponse<byte[]> exchange(HttpRequest request, boolean retryable) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            if (retryable) {
                throw e;
            }
            throw new IOException("Not retried: " + e.getMessage(), e);
        }
    }
}
