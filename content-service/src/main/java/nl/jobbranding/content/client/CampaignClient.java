package nl.jobbranding.content.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.EventFeed;
import nl.jobbranding.api.service.ServiceException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * content-service's only way to campaign-service. Every call goes through {@link CampaignServiceGuard} (timeouts,
 * retries, one circuit breaker); empty means "not there", and when campaign-service does not answer the caller gets
 * a 503 problem with Retry-After instead of a hang or a 500; when it refuses (401, 403 or another 4xx), a 502 problem
 * without Retry-After that says so (the services' settings disagree; that does not pass by itself).
 */
@ApplicationScoped
public class CampaignClient {

    static final String SERVICE = "campaign-service";

    /** The 502 answer of every operation that asks campaign-service, in the API document. */
    public static final String REFUSED = "campaign-service refused content-service's request (401, 403 or another client "
            + "error): the two services' settings disagree, which is for the operators to put right. Nothing was changed; "
            + "no Retry-After, as trying again will not help until then.";

    private static final Logger LOG = Logger.getLogger(CampaignClient.class);

    private final CampaignServiceApi api;
    private final CampaignEventsApi events;
    private final CampaignServiceGuard guard;

    CampaignClient(@RestClient CampaignServiceApi api, @RestClient CampaignEventsApi events, CampaignServiceGuard guard) {
        this.api = api;
        this.events = events;
        this.guard = guard;
    }

    /**
     * A page of campaign-service's events after a position of its feed (from the start for null), read with
     * content-service's own token; a 503 {@link ServiceException} when campaign-service does not answer, a 502 when it
     * refuses.
     */
    public EventFeed campaignEvents(String after, int limit) {
        return guarded("campaign events", () -> events.campaignEvents(after, limit))
                .orElseThrow(() -> ServiceException.unavailable(SERVICE, CampaignServiceGuard.OPEN_SECONDS));
    }

    public Optional<SeriesRef> series(UUID id) {
        return guarded("series " + id, () -> api.series(id));
    }

    /**
     * The series for an early warning: asked once and briefly (half a second); empty when campaign-service does not know
     * it, refuses, or does not answer in time. Never a 503: a warning must not stop a save.
     */
    public Optional<SeriesRef> seriesIfQuick(UUID id) {
        try {
            return guard.quick(() -> api.series(id));
        } catch (RuntimeException e) {
            LOG.debugf("%s gave no series %s for a warning: %s", SERVICE, id, e.toString());
            return Optional.empty();
        }
    }

    public Optional<CampaignRef> campaign(UUID id) {
        return guarded("campaign " + id, () -> api.campaign(id));
    }

    public Optional<UnitRef> unit(String code) {
        return guarded("unit " + code, () -> api.unit(code));
    }

    public Optional<ChannelRef> channel(String code) {
        return guarded("channel " + code, () -> api.channel(code));
    }

    public Optional<TargetGroupRef> targetGroup(String code) {
        return guarded("target group " + code, () -> api.targetGroup(code));
    }

    /** The codes of the channels campaign-service knows (its first 100), in its order. */
    public List<String> channelCodes() {
        return guarded("channels", () -> api.channels(100))
                .map(page -> page.items() == null ? List.<String>of() : page.items().stream().map(ChannelRef::code).toList())
                .orElse(List.of());
    }

    private <T> Optional<T> guarded(String what, Supplier<T> call) {
        try {
            return guard.call(call);
        } catch (CampaignServiceGuard.Refused e) {
            // asked once, never again: a refusal is an answer (CampaignServiceGuard), and the caller's request fails whole
            LOG.warnf("%s refused %s with %d", SERVICE, what, e.status());
            throw ServiceException.refusedBy(SERVICE, e.status(), what);
        } catch (RuntimeException e) {
            LOG.warnf("%s did not answer for %s: %s", SERVICE, what, e.toString());
            throw ServiceException.unavailable(SERVICE, CampaignServiceGuard.OPEN_SECONDS);
        }
    }
}
