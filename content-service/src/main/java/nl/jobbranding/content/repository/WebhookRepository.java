package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import nl.jobbranding.api.model.OutboxEvent;
import nl.jobbranding.api.service.Outbox;
import nl.jobbranding.content.model.WebhookAttemptEntity;
import nl.jobbranding.content.model.WebhookDeliveryEntity;
import nl.jobbranding.content.model.WebhookSubscriptionEntity;
import org.hibernate.id.uuid.UuidVersion7Strategy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook subscriptions, deliveries and attempts. The deliverer's bookkeeping is plain SQL: claims with
 * {@code FOR UPDATE SKIP LOCKED} (so instances never take the same delivery), and updates that leave a subscription's
 * version (its ETag) alone.
 */
@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscriptionEntity, UUID> {

    /** A claimed delivery with what sending it needs. */
    public record Claimed(UUID deliveryId, int attempts, UUID subscriptionId, String url, String secret, OutboxEvent event) {
    }

    public List<WebhookSubscriptionEntity> pageAfter(UUID after, int limit) {
        return (after == null ? find("", Sort.by("id")) : find("id > ?1", Sort.by("id"), after)).range(0, limit - 1).list();
    }

    public Optional<WebhookSubscriptionEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Active subscriptions no other instance is reading the feed for now, locked until the caller commits. */
    @SuppressWarnings("unchecked")
    public List<WebhookSubscriptionEntity> lockActiveForFanOut(int limit) {
        return em().createNativeQuery("select * from webhook_subscription where status = 'ACTIVE' order by id limit :limit "
                + "for update skip locked", WebhookSubscriptionEntity.class).setParameter("limit", limit).getResultList();
    }

    public void advanceFeed(UUID subscriptionId, Outbox.Position position) {
        em().createNativeQuery("update webhook_subscription set feed_tx_id = :tx, feed_seq = :seq where id = :id")
                .setParameter("tx", position.txId()).setParameter("seq", position.seq()).setParameter("id", subscriptionId)
                .executeUpdate();
    }

    public void addDelivery(UUID subscriptionId, OutboxEvent event, Instant now) {
        UUID id = UuidVersion7Strategy.INSTANCE.generateUuid(null);
        em().createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, event_type, subject_id, status, "
                        + "next_attempt_at, created_at) values (:id, :subscription, :event, :type, :subject, 'PENDING', :now, :now) "
                        + "on conflict (subscription_id, event_id) do nothing")
                .setParameter("id", id).setParameter("subscription", subscriptionId).setParameter("event", event.id)
                .setParameter("type", event.type).setParameter("subject", event.subjectId).setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions until {@code until}: each the oldest waiting one
     * of its subscription and subject (a later event of a story waits while an earlier one is not delivered), skipping
     * rows another instance is claiming. A claim whose holder never recorded an outcome expires, and the delivery is
     * taken again.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claim(Instant now, Instant until, UUID token, int limit) {
        List<UUID> ids = em().createNativeQuery("select d.id from webhook_delivery d join webhook_subscription s "
                        + "on s.id = d.subscription_id where d.status = 'PENDING' and s.status = 'ACTIVE' "
                        + "and d.next_attempt_at <= :now and (d.claimed_until is null or d.claimed_until < :now) "
                        + "and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id "
                        + "and e.subject_id = d.subject_id and e.status = 'PENDING' and e.seq < d.seq) "
                        + "order by d.next_attempt_at, d.seq limit :limit for update of d skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (!ids.isEmpty()) {
            em().createNativeQuery("update webhook_delivery set claimed_until = :until, claim_token = :token where id in (:ids)")
                    .setParameter("until", until).setParameter("token", token).setParameter("ids", ids).executeUpdate();
        }
        return ids;
    }

    /** The deliveries of a claim, with their subscriptions' addresses and secrets and their events. */
    public List<Claimed> claimed(List<UUID> ids) {
        return em().createQuery("select d.id, d.attempts, s.id, s.url, s.secret, e from WebhookDeliveryEntity d, WebhookSubscriptionEntity s, "
                        + "OutboxEvent e where d.id in :ids and s.id = d.subscriptionId and e.id = d.eventId order by d.seq",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .map(r -> new Claimed((UUID) r[0], (Integer) r[1], (UUID) r[2], (String) r[3], (String) r[4], (OutboxEvent) r[5]))
                .toList();
    }

    /**
     * Records an attempt's outcome if the claim is still this one's (otherwise another instance took the delivery over
     * after the claim expired, and its outcome counts); the attempt itself is logged either way.
     */
    public void recordAttempt(UUID deliveryId, UUID token, Instant at, Integer statusCode, String error, int durationMs,
                              Instant nextAttemptAt) {
        em().createNativeQuery("insert into webhook_attempt (delivery_id, at, status_code, error, duration_ms) "
                        + "values (:delivery, :at, :status, :error, :duration)")
                .setParameter("delivery", deliveryId).setParameter("at", at).setParameter("status", statusCode)
                .setParameter("error", error).setParameter("duration", durationMs).executeUpdate();
        boolean delivered = nextAttemptAt == null;
        em().createNativeQuery("update webhook_delivery set attempts = attempts + 1, last_attempt_at = :at, "
                        + "last_status = :status, last_error = :error, claimed_until = null, claim_token = null, "
                        + (delivered ? "status = 'DELIVERED', delivered_at = :at " : "next_attempt_at = :next ")
                        + "where id = :delivery and claim_token = :token")
                .setParameter("at", at).setParameter("status", statusCode).setParameter("error", error)
                .setParameter("delivery", deliveryId).setParameter("token", token)
                .setParameter(delivered ? "at" : "next", delivered ? at : nextAttemptAt).executeUpdate();
    }

    /** Gives claimed deliveries back unsent. */
    public void release(List<UUID> deliveryIds, UUID token) {
        em().createNativeQuery("update webhook_delivery set claimed_until = null, claim_token = null where id in (:ids) "
                + "and claim_token = :token").setParameter("ids", deliveryIds).setParameter("token", token).executeUpdate();
    }

    /** A delivery succeeded: the subscription is healthy again. */
    public void markHealthy(UUID subscriptionId) {
        em().createNativeQuery("update webhook_subscription set failing_since = null where id = :id and failing_since is not null")
                .setParameter("id", subscriptionId).executeUpdate();
    }

    /** A delivery failed: the subscription fails since then, unless it was failing already. Returns since when. */
    public Instant markFailing(UUID subscriptionId, Instant now) {
        em().createNativeQuery("update webhook_subscription set failing_since = coalesce(failing_since, :now) where id = :id")
                .setParameter("now", now).setParameter("id", subscriptionId).executeUpdate();
        return (Instant) em().createQuery("select s.failingSince from WebhookSubscriptionEntity s where s.id = :id")
                .setParameter("id", subscriptionId).getSingleResult();
    }

    /** Disables an active subscription with the reason shown to its managers (a new version: its ETag changes). */
    public void disable(UUID subscriptionId, String reason, Instant now) {
        em().createNativeQuery("update webhook_subscription set status = 'DISABLED', disabled_reason = :reason, "
                        + "version = version + 1, updated_at = :now where id = :id and status = 'ACTIVE'")
                .setParameter("reason", reason).setParameter("now", now).setParameter("id", subscriptionId).executeUpdate();
    }

    /** A page of a subscription's deliveries, newest first. */
    public List<WebhookDeliveryEntity> deliveries(UUID subscriptionId, Long beforeSeq, int limit) {
        return (beforeSeq == null
                ? WebhookDeliveryEntity.<WebhookDeliveryEntity>find("subscriptionId = ?1", Sort.descending("seq"), subscriptionId)
                : WebhookDeliveryEntity.<WebhookDeliveryEntity>find("subscriptionId = ?1 and seq < ?2", Sort.descending("seq"),
                subscriptionId, beforeSeq)).range(0, limit - 1).list();
    }

    public Optional<WebhookDeliveryEntity> delivery(UUID subscriptionId, UUID deliveryId) {
        return WebhookDeliveryEntity.<WebhookDeliveryEntity>findByIdOptional(deliveryId)
                .filter(d -> d.subscriptionId.equals(subscriptionId));
    }

    /** The attempts of these deliveries, oldest first. */
    public List<WebhookAttemptEntity> attemptsOf(List<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of()
                : WebhookAttemptEntity.<WebhookAttemptEntity>find("deliveryId in ?1", Sort.by("id"), deliveryIds).list();
    }

    /** Sends a delivery again, now; later waiting events of the same subject wait for it, so the order holds. */
    public void redeliver(UUID deliveryId, Instant now) {
        em().createNativeQuery("update webhook_delivery set status = 'PENDING', next_attempt_at = :now, claimed_until = null, "
                + "claim_token = null where id = :id").setParameter("now", now).setParameter("id", deliveryId).executeUpdate();
    }

    private EntityManager em() {
        return getEntityManager();
    }
}
