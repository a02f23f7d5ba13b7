package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver: when, what the receiver answered (or why there was no answer), how long it took. */
@Entity
@Immutable
@Table(name = "webhook_attempt")
public class WebhookAttemptEntity extends PanacheEntityBase {

    @Id
    public long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    public Instant at;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms")
    public int durationMs;
}
