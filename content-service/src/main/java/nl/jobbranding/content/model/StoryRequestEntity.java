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
import java.time.LocalDate;
import java.util.UUID;

/** A story idea or request to a unit (or one of its series), its answer and the story that fulfils it. */
@Entity
@Table(name = "story_request")
public class StoryRequestEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(name = "series_id", updatable = false)
    public UUID seriesId;

    @Column(name = "campaign_id", updatable = false)
    public UUID campaignId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "target_group", updatable = false)
    public String targetGroup;

    @Column(updatable = false)
    public String channel;

    /** The first day of the month the story is wanted by. */
    @Column(name = "wanted_by", nullable = false, updatable = false)
    public LocalDate wantedBy;

    @Column(updatable = false)
    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StoryRequestState state = StoryRequestState.OPEN;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(name = "requested_by_name", nullable = false, updatable = false)
    public String requestedByName;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "story_id")
    public UUID storyId;

    @Column(name = "linked_at")
    public Instant linkedAt;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;
}
