package nl.jobbranding.content.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.mapping.StoredForms;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A story: its current content and revision number, and its place in the workflow. */
@Entity
@Table(name = "story")
public class StoryEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "series_id", nullable = false, updatable = false)
    public UUID seriesId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    /** Known from the first submission, when campaign-service tells the series' campaign. */
    @Column(name = "campaign_id")
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StoryState state;

    @Column(name = "state_reason")
    public String stateReason;

    @Column(nullable = false)
    public int revision;

    @Convert(converter = StoredForms.ContentConverter.class)
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public StoryContent content;

    /** Account id of the editor who created the story. */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "unit_sensitive", nullable = false)
    public boolean unitSensitive;

    @Column(name = "approvals_needed", nullable = false)
    public int approvalsNeeded = 1;

    /** The campaign's values at the last submission: what a review gives verdicts on. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "review_values")
    public List<ReviewValue> reviewValues = new ArrayList<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_by_name")
    public String claimedByName;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "publish_at")
    public Instant publishAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /**
     * The revision the public reads while the story is live (null while it is not): a correction under review leaves it
     * where it is until the correction is approved.
     */
    @Column(name = "published_revision")
    public Integer publishedRevision;

    /** The submitted revision is a correction its author declared minor (a typo): one approval suffices. */
    @Column(name = "minor_correction", nullable = false)
    public boolean minorCorrection;

    @ElementCollection
    @CollectionTable(name = "story_channel", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "channel_code", nullable = false)
    public Set<String> channelCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "story_featured_person", joinColumns = @JoinColumn(name = "story_id"))
    @Column(name = "person_id", nullable = false)
    public Set<UUID> featuredPersonIds = new HashSet<>();

    /** A value of the campaign a review gives a verdict on. */
    public record ReviewValue(String code, String name) {
    }

    public boolean claimLive(Instant now) {
        return claimedBy != null && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Whether the public reads a revision of this story now. */
    public boolean live() {
        return publishedRevision != null;
    }

    public void clearClaim() {
        claimedBy = null;
        claimedByName = null;
        claimedUntil = null;
    }
}
