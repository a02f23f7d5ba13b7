package nl.jobbranding.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;
import org.hibernate.annotations.UuidGenerator;

import java.time.Instant;
import java.util.UUID;

/** A comment on a revision of a story; a reply names the comment it answers. */
@Entity
@Table(name = "story_comment")
public class CommentEntity extends Audited {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Column(name = "story_id", nullable = false, updatable = false)
    public UUID storyId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Column(name = "parent_id", updatable = false)
    public UUID parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public String authorId;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedByName;
}
