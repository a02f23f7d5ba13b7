package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.repository.Filter;
import nl.jobbranding.content.model.CommentEntity;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<CommentEntity, UUID> {

    public List<CommentEntity> ofStory(UUID storyId, Integer revision, UUID after, int limit) {
        Filter where = new Filter().and("storyId = :story", "story", storyId).and("revision = :revision", "revision", revision)
                .and("id > :after", "after", after);
        return find(where.query(), Sort.by("id"), where.parameters()).range(0, limit - 1).list();
    }
}
