package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.mapping.StoredForms;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A review decision with its verdicts; written once, never changed. */
@Entity
@Table(name = "review")
public class ReviewEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    public String reviewerId;

    @Column(name = "reviewer_name", nullable = false, updatable = false)
    public String reviewerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Decision decision;

    @Column(updatable = false)
    public String reasons;

    @Convert(converter = StoredForms.VerdictsConverter.class)
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Verdicts verdicts;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    /** The verdicts of a review, per value and per channel. */
    public record Verdicts(List<ReviewInput.ValueVerdict> values, List<ReviewInput.ChannelVerdict> channels) {
    }
}
