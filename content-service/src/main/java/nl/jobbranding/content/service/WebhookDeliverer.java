package nl.jobbranding.content.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.jobbranding.api.model.OutboxEvent;
import nl.jobbranding.api.service.Outbox;
import nl.jobbranding.content.client.WebhookClient;
import nl.jobbranding.content.config.ContentConfig;
import nl.jobbranding.content.model.WebhookSubscriptionEntity;
import nl.jobbranding.content.repository.WebhookRepository;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers events to webhook subscriptions, at least once and in order per subject (story), every
 * {@code content.webhooks.deliver-every}, on any number of instances:
 * <ol>
 * <li>fan-out: each active subscription (locked with SKIP LOCKED, so one instance reads its feed at a time) gets a
 *     delivery per new event of its types, and its feed position moves on, in one transaction;</li>
 * <li>claim: due deliveries are claimed for {@code claim-duration} (SKIP LOCKED) and the transaction commits;</li>
 * <li>deliver: signed POSTs, with no transaction open and no row locked;</li>
 * <li>record: each outcome in its own transaction, only while the claim is still this instance's. A failure is tried
 *     again after a doubling delay; a subscription failing for {@code disable-after} is disabled with the reason.</li>
 * </ol>
 * An instance that stops between claim and record loses its claim when it expires, and the delivery is sent again
 * with the same {@code webhook-id}: receivers de-duplicate by it.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    private static final int FAN_OUT_SUBSCRIPTIONS = 100;
    private static final int FAN_OUT_EVENTS = 500;

    private final WebhookRepository webhooks;
    private final WebhookClient client;
    private final WebhookUrls urls;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final ContentConfig.Webhooks config;

    WebhookDeliverer(WebhookRepository webhooks, WebhookClient client, WebhookUrls urls, ObjectMapper json,
                     EntityManager entityManager, ContentConfig config) {
        this.webhooks = webhooks;
        this.client = client;
        this.urls = urls;
        this.json = json;
        this.entityManager = entityManager;
        this.config = config.webhooks();
    }

    @Scheduled(every = "${content.webhooks.deliver-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            identity = "webhooks")
    void run() {
        try {
            QuarkusTransaction.requiringNew().run(this::fanOut);
            deliverDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Webhook deliveries stopped this round; they go on at the next");
        }
    }

    private void fanOut() {
        Instant now = Instant.now();
        for (WebhookSubscriptionEntity subscription : webhooks.lockActiveForFanOut(FAN_OUT_SUBSCRIPTIONS)) {
            Outbox.Page page = Outbox.feed(entityManager, new Outbox.Position(subscription.feedTxId, subscription.feedSeq),
                    FAN_OUT_EVENTS);
            for (OutboxEvent event : page.events()) {
                if (subscription.eventTypes.contains(event.type)) {
                    webhooks.addDelivery(subscription.id, event, now);
                }
            }
            if (!page.events().isEmpty()) {
                webhooks.advanceFeed(subscription.id, page.next());
            }
        }
    }

    private void deliverDue() {
        UUID token = UUID.randomUUID();
        List<WebhookRepository.Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<UUID> ids = webhooks.claim(now, now.plus(config.claimDuration()), token, config.batchSize());
            return ids.isEmpty() ? List.<WebhookRepository.Claimed>of() : webhooks.claimed(ids);
        });
        Instant sendUntil = Instant.now().plus(config.claimDuration()).minus(config.timeout());
        for (int i = 0; i < claimed.size(); i++) {
            WebhookRepository.Claimed delivery = claimed.get(i);
            Instant started = Instant.now();
            if (started.isAfter(sendUntil)) {
                // Not enough of the claim left to wait for an answer: let the rest go back, unsent, for the next round.
                List<UUID> rest = claimed.subList(i, claimed.size()).stream().map(WebhookRepository.Claimed::deliveryId).toList();
                QuarkusTransaction.requiringNew().run(() -> webhooks.release(rest, token));
                return;
            }
            WebhookClient.Outcome outcome = send(delivery, started);
            int millis = (int) Duration.between(started, Instant.now()).toMillis();
            QuarkusTransaction.requiringNew().run(() -> record(delivery, token, outcome, started, millis));
        }
    }

    private WebhookClient.Outcome send(WebhookRepository.Claimed delivery, Instant now) {
        String problem = urls.problem(delivery.url());
        if (problem != null) {
            return new WebhookClient.Outcome(null, "Not sent: the URL " + problem + ".");
        }
        String body;
        try {
            body = json.writeValueAsString(Outbox.toApi(delivery.event()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event that cannot be written as JSON: " + delivery.event().id, e);
        }
        String id = delivery.event().id.toString();
        long timestamp = now.getEpochSecond();
        return client.post(delivery.url(), Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, body)), body);
    }

    private void record(WebhookRepository.Claimed delivery, UUID token, WebhookClient.Outcome outcome, Instant at, int millis) {
        if (outcome.delivered()) {
            webhooks.recordAttempt(delivery.deliveryId(), token, at, outcome.status(), null, millis, null);
            webhooks.markHealthy(delivery.subscriptionId());
            return;
        }
        Instant next = at.plus(retryDelay(delivery.attempts() + 1));
        webhooks.recordAttempt(delivery.deliveryId(), token, at, outcome.status(), outcome.error(), millis, next);
        Instant failingSince = webhooks.markFailing(delivery.subscriptionId(), at);
        if (!failingSince.plus(config.disableAfter()).isAfter(at)) {
            webhooks.disable(delivery.subscriptionId(), "Every delivery failed since " + failingSince + " (longer than "
                    + config.disableAfter() + "); the last: " + outcome.error() + " Correct the receiver and set the "
                    + "subscription active again: the waiting events follow.", at);
            LOG.warnf("Webhook subscription %s disabled: deliveries failing since %s", delivery.subscriptionId(), failingSince);
        }
    }

    /** The wait after the n-th failed attempt: the first delay doubled n - 1 times, at most the longest delay. */
    Duration retryDelay(int failures) {
        Duration delay = config.firstRetryDelay();
        for (int i = 1; i < failures && delay.compareTo(config.maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }
}
