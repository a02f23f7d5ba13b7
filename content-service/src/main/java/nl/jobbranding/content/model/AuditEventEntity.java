package nl.jobbranding.content.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One entry of a story's audit trail. Append-only: the database refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_id", nullable = false)
    public UUID storyId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false)
    public Role actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public StoryState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public StoryState toState;

    @Column(nullable = false)
    public int revision;

    public String reason;
}
