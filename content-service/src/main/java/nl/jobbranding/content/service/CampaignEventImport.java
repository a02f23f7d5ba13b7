package nl.jobbranding.content.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.Event;
import nl.jobbranding.api.EventFeed;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.ServiceTokenHeaders;
import nl.jobbranding.content.repository.CampaignEventImportRepository;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Brings campaign-service's events (campaign and series created, changed, deleted) to webhook subscribers. campaign-
 * service calls nobody, so content-service reads its feed ({@code /campaign-events}, with content-service's own token)
 * every {@code content.webhooks.deliver-every} and copies each event, with its id, into its own outbox: from there
 * {@link WebhookDeliverer} delivers it like content-service's own events (the same signatures, order per subject,
 * back-off and delivery log). The position in campaign-service's feed moves in the transaction that copies the page,
 * and only if it is still where this instance found it, so a restart resumes without loss and two instances never
 * both move it; copying an event twice leaves one row (its id).
 */
@ApplicationScoped
public class CampaignEventImport {

    /** campaign-service's event types, as subscriptions name them. */
    public static final List<String> TYPES = List.of("campaign.created", "campaign.changed", "campaign.deleted",
            "series.created", "series.changed", "series.deleted");

    private static final Logger LOG = Logger.getLogger(CampaignEventImport.class);
    private static final int PAGE = 100;
    /** Pages read in one round at most; the rest follows in the next round. */
    private static final int MAX_PAGES = 10;

    private final CampaignClient campaigns;
    private final ServiceTokenHeaders token;
    private final CampaignEventImportRepository repository;

    CampaignEventImport(CampaignClient campaigns, ServiceTokenHeaders token, CampaignEventImportRepository repository) {
        this.campaigns = campaigns;
        this.token = token;
        this.repository = repository;
    }

    @Scheduled(every = "${content.webhooks.deliver-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            identity = "campaign-events")
    void run() {
        try {
            token.accessToken();
        } catch (RuntimeException e) {
            LOG.debugf("No token of content-service's own, so campaign events are not read: %s", e.getMessage());
            return;
        }
        try {
            copyWhatIsNew();
        } catch (RuntimeException e) {
            LOG.warnf("Campaign events not read this round (they follow at the next): %s", e.getMessage());
        }
    }

    /** Copies what campaign-service committed since the position kept; the number of events copied. */
    int copyWhatIsNew() {
        int copied = 0;
        for (int round = 0; round < MAX_PAGES; round++) {
            String from = QuarkusTransaction.requiringNew().call(repository::position);
            // Asked with no transaction open and no row locked.
            EventFeed page = campaigns.campaignEvents(from.isEmpty() ? null : from, PAGE);
            List<Event> events = page.items() == null ? List.of() : page.items();
            if (events.isEmpty()) {
                return copied;
            }
            boolean moved = QuarkusTransaction.requiringNew().call(() -> {
                if (!repository.advance(from, page.after(), events.size(), Instant.now())) {
                    return false;
                }
                events.forEach(event -> repository.copy(event, subject(event)));
                return true;
            });
            if (!moved) {
                return copied;
            }
            copied += events.size();
            if (events.size() < PAGE) {
                return copied;
            }
        }
        return copied;
    }

    /** What the event is about, whose events are delivered in order: the series of a series event, else the campaign. */
    static UUID subject(Event event) {
        Object id = event.data().get(event.type().startsWith("series.") ? "seriesId" : "campaignId");
        if (id == null) {
            throw new IllegalStateException("campaign-service's event " + event.id() + " (" + event.type() + ") names no subject");
        }
        return UUID.fromString(id.toString());
    }
}
