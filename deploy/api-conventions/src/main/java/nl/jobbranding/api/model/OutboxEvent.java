package nl.jobbranding.api.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event of a service's transactional outbox (table {@code event}, the same in every service with a database):
 * written in the same transaction as the change it tells of, so it exists exactly when the change was committed.
 * {@code seq} (an identity) orders the events of one transaction, {@code tx_id} (the writing transaction's id, set by
 * the database) orders transactions in the feed; both are filled in by the database.
 */
@Entity
@Table(name = "event")
public class OutboxEvent extends PanacheEntityBase {

    /** The event's id: the same in the feed, in every delivery and in every redelivery (webhook-id). */
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "tx_id", insertable = false, updatable = false)
    public long txId;

    @Column(nullable = false, updatable = false)
    public String type;

    /** What the event is about (a story, a campaign, a series, a featured person): deliveries keep its order. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** Ids, codes and states only: nothing a subscriber may not see. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> data;
}
