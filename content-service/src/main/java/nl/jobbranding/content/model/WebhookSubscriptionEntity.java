package nl.jobbranding.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription: where events of which types go, signed with its secret. Its position in the event feed and
 * its failure bookkeeping are written by the deliverer with SQL of their own, so they never change its version.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscriptionEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    /** {@code whsec_} and the base64 key; never answered after it was made. */
    @Column(nullable = false)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubscriptionStatus status;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "failing_since", insertable = false, updatable = false)
    public Instant failingSince;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "feed_tx_id", nullable = false, updatable = false)
    public long feedTxId;

    @Column(name = "feed_seq", nullable = false, updatable = false)
    public long feedSeq;
}
