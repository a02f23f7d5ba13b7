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

/** Calls to campaign-service: a time limit on each, retries for reads only, one circuit breaker for the service. */
@ApplicationScoped
class CampaignServiceCalls {

    private final HttpClient http;

    CampaignServiceCalls(HttpClient http) {
        this.http = http;
    }

    @Timeout(value = DownstreamClient.HARD_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 150, jitter = 50, retryOn = ConnectException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = DownstreamClient.OPEN_SECONDS, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("campaign-service")
    HttpResponse<byte[]> send(HttpRequest request, boolean retryable) throws IOException, InterruptedException {
        return DownstreamClient.exchange(http, request, retryable);
    }
}
