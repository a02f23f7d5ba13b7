package nl.jobbranding.api.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.jobbranding.api.Event;
import nl.jobbranding.api.model.OutboxEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox every service with a database shares: {@link #record} adds an event to the caller's
 * transaction (so a change rolled back leaves none), {@link #feed} reads them in commit order.
 * <p>
 * Commit order, not insert order: an identity is taken when a row is written, so a transaction that started earlier
 * can commit a lower number after a reader has moved past it. The feed therefore orders by the writing transaction's
 * id and shows only transactions older than every transaction still running ({@code pg_snapshot_xmin}): once shown, no
 * event can ever appear before a position handed out. A long transaction delays the feed; it never makes it skip.
 */
public final class Outbox {

    /** Where a reader is in the feed: after this transaction's event {@code seq}. */
    public record Position(long txId, long seq) {

        public static final Position START = new Position(0, 0);

        public String cursor() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((txId + "." + seq).getBytes(StandardCharsets.UTF_8));
        }

        /** The position a cursor of {@link #cursor} names; the start for none; 400 for one this API did not hand out. */
        public static Position of(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return START;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\.", 2);
                Position position = new Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (position.txId < 0 || position.seq < 0) {
                    throw ServiceException.invalid("after", "is not a position this feed handed out; leave it out to "
                            + "start at the beginning");
                }
                return position;
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw ServiceException.invalid("after", "is not a position this feed handed out; leave it out to start at "
                        + "the beginning");
            }
        }
    }

    /** A page of the feed and the position after it. */
    public record Page(List<OutboxEvent> events, Position next) {
    }

    private static final String VISIBLE = "tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    private Outbox() {
    }

    /** Adds an event to the current transaction (written when it flushes, with the change it tells of). */
    public static OutboxEvent record(EntityManager entityManager, String type, UUID subjectId, Instant at,
                                     Map<String, Object> data) {
        OutboxEvent event = new OutboxEvent();
        event.type = type;
        event.subjectId = subjectId;
        event.occurredAt = at;
        event.data = data;
        entityManager.persist(event);
        return event;
    }

    /** Up to {@code limit} committed events after a position, in commit order. */
    public static Page feed(EntityManager entityManager, Position after, int limit) {
        return feed(entityManager, after, limit, null);
    }

    /**
     * Up to {@code limit} committed events of these types (all types for null) after a position, in commit order: a
     * service that keeps other services' events in its outbox too (to deliver them) shows its own in its feed.
     */
    @SuppressWarnings("unchecked")
    public static Page feed(EntityManager entityManager, Position after, int limit, Collection<String> types) {
        Query query = entityManager.createNativeQuery("select * from event where (tx_id, seq) > (:tx, :seq) and " + VISIBLE
                        + (types == null ? "" : " and type in (:types)") + " order by tx_id, seq limit :limit", OutboxEvent.class)
                .setParameter("tx", after.txId()).setParameter("seq", after.seq()).setParameter("limit", limit);
        if (types != null) {
            query.setParameter("types", types);
        }
        List<OutboxEvent> events = query.getResultList();
        if (events.isEmpty()) {
            return new Page(events, after);
        }
        OutboxEvent last = events.get(events.size() - 1);
        return new Page(events, new Position(last.txId, last.seq));
    }

    /**
     * The position at the end of what is committed now: a subscription made now starts here (it may get a few events
     * committed just before, never miss one committed after).
     */
    public static Position now(EntityManager entityManager) {
        Number horizon = (Number) entityManager.createNativeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                .getSingleResult();
        return new Position(horizon.longValue() - 1, Long.MAX_VALUE);
    }

    public static Event toApi(OutboxEvent event) {
        return new Event(event.id, event.type, event.occurredAt, event.data);
    }
}
