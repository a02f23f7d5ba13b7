package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.mapping.StoredForms;
import nl.jobbranding.content.screening.ScreeningResult;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One saved version of a story's content; never changed once written. */
@Entity
@Table(name = "story_revision")
public class StoryRevisionEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Convert(converter = StoredForms.ContentConverter.class)
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public StoryContent content;

    /** The pre-screen's findings, from the revision's (last) submission; null until it is submitted. */
    @Convert(converter = StoredForms.ScreeningConverter.class)
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "screening")
    public ScreeningResult screening;

    @Column(name = "screened_at")
    public Instant screenedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "story_id") UUID storyId, @Column(name = "number") int number) implements Serializable {
    }
}
