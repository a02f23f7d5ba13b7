package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.Outbox;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.WebhookDelivery;
import nl.jobbranding.content.api.WebhookSubscription;
import nl.jobbranding.content.api.WebhookSubscriptionInput;
import nl.jobbranding.content.model.SubscriptionStatus;
import nl.jobbranding.content.model.WebhookAttemptEntity;
import nl.jobbranding.content.model.WebhookDeliveryEntity;
import nl.jobbranding.content.model.WebhookSubscriptionEntity;
import nl.jobbranding.content.repository.WebhookRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions (campaign managers): where events go and which. A new subscription starts at the end of the
 * event feed as it is committed now; its secret is answered once. Its delivery log and manual redelivery.
 */
@ApplicationScoped
public class WebhookService {

    static final String WHAT = "webhook subscription";
    private static final int RECENT_ATTEMPTS = 10;

    private final WebhookRepository webhooks;
    private final WebhookUrls urls;
    private final EntityManager entityManager;

    WebhookService(WebhookRepository webhooks, WebhookUrls urls, EntityManager entityManager) {
        this.webhooks = webhooks;
        this.urls = urls;
        this.entityManager = entityManager;
    }

    @Transactional
    public Versioned<WebhookSubscription> create(WebhookSubscriptionInput input, Actor actor) {
        if (input.status() == SubscriptionStatus.DISABLED) {
            throw ServiceException.invalid("status", "a new subscription is active; leave it out or give 'active'");
        }
        String secret = check(input);
        WebhookSubscriptionEntity subscription = new WebhookSubscriptionEntity();
        apply(subscription, input);
        subscription.secret = secret == null ? WebhookSignature.newSecret() : secret;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdBy = actor.id();
        Outbox.Position start = Outbox.now(entityManager);
        subscription.feedTxId = start.txId();
        subscription.feedSeq = start.seq();
        webhooks.persist(subscription);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(toApi(subscription, subscription.secret), subscription.version);
    }

    @Transactional
    public Slice<WebhookSubscription> list(PageRequest page) {
        return Slice.of(webhooks.pageAfter(page.afterUuid(), page.limit() + 1), page.limit(), s -> s.id.toString(),
                s -> toApi(s, null));
    }

    @Transactional
    public Versioned<WebhookSubscription> get(UUID id) {
        WebhookSubscriptionEntity subscription = find(id);
        return new Versioned<>(toApi(subscription, null), subscription.version);
    }

    /** Changes where and what is delivered; activating a disabled subscription clears its reason and failures. */
    @Transactional
    public Versioned<WebhookSubscription> update(UUID id, IfMatch ifMatch, WebhookSubscriptionInput input) {
        WebhookSubscriptionEntity subscription = webhooks.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        IfMatch.check(ifMatch, WHAT, subscription.version, subscription.status.toString());
        String secret = check(input);
        apply(subscription, input);
        if (secret != null) {
            subscription.secret = secret;
        }
        if (input.status() != null && input.status() != subscription.status) {
            subscription.status = input.status();
            subscription.disabledReason = input.status() == SubscriptionStatus.ACTIVE ? null : "Disabled by a campaign manager.";
            if (input.status() == SubscriptionStatus.ACTIVE) {
                webhooks.markHealthy(id);
            }
        }
        Writes.flush(entityManager, WHAT);
        entityManager.refresh(subscription);
        return new Versioned<>(toApi(subscription, null), subscription.version);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        WebhookSubscriptionEntity subscription = webhooks.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        IfMatch.checkIfGiven(ifMatch, WHAT, subscription.version);
        webhooks.delete(subscription);
    }

    /** The delivery log, newest first. */
    @Transactional
    public Slice<WebhookDelivery> deliveries(UUID id, PageRequest page) {
        find(id);
        Long before = null;
        if (page.after() != null) {
            try {
                before = Long.parseLong(page.after());
            } catch (NumberFormatException e) {
                throw ServiceException.invalidCursor();
            }
        }
        return Slice.ofPage(webhooks.deliveries(id, before, page.limit() + 1), page.limit(), d -> Long.toString(d.seq),
                this::toApi);
    }

    /** Sends a delivery again (it keeps its event id, so the receiver can tell it is the same event). */
    @Transactional
    public WebhookDelivery redeliver(UUID id, UUID deliveryId) {
        find(id);
        webhooks.delivery(id, deliveryId).orElseThrow(() -> ServiceException.notFound("delivery", deliveryId));
        webhooks.redeliver(deliveryId, Instant.now());
        entityManager.clear();
        return toApi(List.of(webhooks.delivery(id, deliveryId).orElseThrow())).get(0);
    }

    private WebhookSubscriptionEntity find(UUID id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
    }

    /** Checks what the annotations cannot; returns the secret supplied, if any. */
    private String check(WebhookSubscriptionInput input) {
        List<InvalidParam> problems = new ArrayList<>();
        String urlProblem = urls.problem(input.url().strip());
        if (urlProblem != null) {
            problems.add(new InvalidParam("url", urlProblem));
        }
        List<String> known = Events.deliverableTypes();
        for (int i = 0; i < input.eventTypes().size(); i++) {
            if (!known.contains(input.eventTypes().get(i))) {
                problems.add(new InvalidParam("eventTypes[" + i + "]", "is not an event type; the types are " + known));
            }
        }
        String secret = Texts.blankToNull(input.secret());
        if (secret != null && !WebhookSignature.usable(secret)) {
            problems.add(new InvalidParam("secret", "must be 'whsec_' and the base64 of 24 to 64 random bytes, such as "
                    + "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw (or leave it out and one is made)"));
        }
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
        return secret;
    }

    private static void apply(WebhookSubscriptionEntity subscription, WebhookSubscriptionInput input) {
        subscription.url = input.url().strip();
        subscription.eventTypes = List.copyOf(new LinkedHashSet<>(input.eventTypes()));
        subscription.description = Texts.blankToNull(input.description());
    }

    private static WebhookSubscription toApi(WebhookSubscriptionEntity s, String secret) {
        return new WebhookSubscription(s.id, s.url, s.eventTypes, s.description, s.status, s.disabledReason, s.failingSince,
                s.createdAt, secret);
    }

    private List<WebhookDelivery> toApi(List<WebhookDeliveryEntity> page) {
        Map<UUID, List<WebhookAttemptEntity>> attempts = webhooks.attemptsOf(page.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return page.stream().map(d -> {
            List<WebhookAttemptEntity> all = attempts.getOrDefault(d.id, List.of());
            List<WebhookDelivery.Attempt> recent = all.subList(Math.max(0, all.size() - RECENT_ATTEMPTS), all.size()).stream()
                    .map(a -> new WebhookDelivery.Attempt(a.at, a.statusCode, a.error, a.durationMs)).toList();
            return new WebhookDelivery(d.id, d.eventId, d.eventType, d.subjectId, d.status, d.attempts,
                    d.status == nl.jobbranding.content.model.DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt,
                    recent);
        }).toList();
    }
}
