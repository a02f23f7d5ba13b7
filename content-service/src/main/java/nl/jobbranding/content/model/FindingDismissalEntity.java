package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's decision that a pre-screen finding does not apply, with the reason; never changed once written. */
@Entity
@Table(name = "finding_dismissal")
public class FindingDismissalEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "dismissed_by", nullable = false, updatable = false)
    public String dismissedBy;

    @Column(name = "dismissed_by_name", nullable = false, updatable = false)
    public String dismissedByName;

    @Column(name = "dismissed_at", nullable = false, updatable = false)
    public Instant dismissedAt;

    @Embeddable
    public record Key(@Column(name = "story_id") UUID storyId, @Column(name = "revision") int revision,
                      @Column(name = "finding_id") String findingId) implements Serializable {
    }
}
