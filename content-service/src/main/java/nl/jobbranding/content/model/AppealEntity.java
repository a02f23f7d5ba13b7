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

/** An appeal against one review decision (at most one per decision), and its outcome once decided. */
@Entity
@Table(name = "appeal")
public class AppealEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(name = "review_id", nullable = false, updatable = false)
    public UUID reviewId;

    /** The decision appealed against. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Decision decision;

    @Column(name = "appealed_by", nullable = false, updatable = false)
    public String appealedBy;

    @Column(name = "appealed_by_name", nullable = false, updatable = false)
    public String appealedByName;

    @Column(nullable = false, updatable = false)
    public String reasons;

    @Enumerated(EnumType.STRING)
    public AppealOutcome outcome;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "outcome_reasons")
    public String outcomeReasons;

    @Column(name = "decided_at")
    public Instant decidedAt;
}
