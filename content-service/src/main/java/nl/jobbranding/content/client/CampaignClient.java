package nl.jobbranding.content.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import nl.jobbranding.api.service.ServiceException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * content-service's only way to campaign-service. Every call has a time limit, is retried (all are reads, so
 * idempotent) and goes through a circuit breaker (the fallback turns every failure, an open circuit included, into the
 * 503 problem); when campaign-service does not answer, the caller gets a 503
 * problem with Retry-After instead of a hang or a 500. "Not found" is an answer, not a failure.
 */
@ApplicationScoped
public class CampaignClient {

    private static final Logger LOG = Logger.getLogger(CampaignClient.class);

    static final String SERVICE = "campaign-service";
    static final int RETRY_AFTER_SECONDS = 10;

    private final CampaignServiceApi api;

    CampaignClient(@RestClient CampaignServiceApi api) {
        this.api = api;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS * 1000L, delayUnit = ChronoUnit.MILLIS)
    @Fallback(fallbackMethod = "seriesUnavailable")
    public Optional<SeriesRef> series(UUID id) {
        return found(() -> api.series(id));
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS * 1000L, delayUnit = ChronoUnit.MILLIS)
    @Fallback(fallbackMethod = "campaignUnavailable")
    public Optional<CampaignRef> campaign(UUID id) {
        return found(() -> api.campaign(id));
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = RETRY_AFTER_SECONDS * 1000L, delayUnit = ChronoUnit.MILLIS)
    @Fallback(fallbackMethod = "unitUnavailable")
    public Optional<UnitRef> unit(String code) {
        return found(() -> api.unit(code));
    }

    Optional<SeriesRef> seriesUnavailable(UUID id, Throwable cause) {
        throw unavailable("series " + id, cause);
    }

    Optional<CampaignRef> campaignUnavailable(UUID id, Throwable cause) {
        throw unavailable("campaign " + id, cause);
    }

    Optional<UnitRef> unitUnavailable(String code, Throwable cause) {
        throw unavailable("unit " + code, cause);
    }

    private static <T> Optional<T> found(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static ServiceException unavailable(String what, Throwable cause) {
        LOG.warnf("%s did not answer for %s: %s", SERVICE, what, cause.toString());
        return ServiceException.unavailable(SERVICE, RETRY_AFTER_SECONDS);
    }
}
