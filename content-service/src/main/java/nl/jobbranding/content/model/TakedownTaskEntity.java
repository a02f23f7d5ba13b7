package nl.jobbranding.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.util.UUID;

/** A post to take down because its story went off line; open until someone confirms it is gone, and when. */
@Entity
@Table(name = "takedown_task")
public class TakedownTaskEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(name = "channel_code", nullable = false, updatable = false)
    public String channelCode;

    @Column(nullable = false, updatable = false)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public TakedownCause cause;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "taken_down_at")
    public Instant takenDownAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_by_name")
    public String confirmedByName;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;
}
