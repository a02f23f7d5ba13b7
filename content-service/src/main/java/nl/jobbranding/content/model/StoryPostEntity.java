package nl.jobbranding.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.jobbranding.api.model.Audited;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Where a story was posted on one of its channels: the post's URL, when and by whom. */
@Entity
@Table(name = "story_post")
public class StoryPostEntity extends Audited {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String url;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "posted_by", nullable = false, updatable = false)
    public String postedBy;

    @Column(name = "posted_by_name", nullable = false, updatable = false)
    public String postedByName;

    @Embeddable
    public record Key(@Column(name = "story_id") UUID storyId, @Column(name = "channel_code") String channelCode)
            implements Serializable {
    }
}
