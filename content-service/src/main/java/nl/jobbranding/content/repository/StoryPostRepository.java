package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.StoryPostEntity;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StoryPostRepository implements PanacheRepositoryBase<StoryPostEntity, StoryPostEntity.Key> {

    /** A story's posts in channel order (a story has at most 10 channels, so at most 10 posts). */
    public List<StoryPostEntity> ofStory(UUID storyId) {
        return list("key.storyId", Sort.by("key.channelCode"), storyId);
    }
}
