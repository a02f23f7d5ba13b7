package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.FindingDismissalEntity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DismissalRepository implements PanacheRepositoryBase<FindingDismissalEntity, FindingDismissalEntity.Key> {

    public List<FindingDismissalEntity> ofRevision(UUID storyId, int revision) {
        return list("key.storyId = ?1 and key.revision = ?2", storyId, revision);
    }

    /** The dismissals on the current revision of each of these stories, in one query. */
    public List<FindingDismissalEntity.Key> ofCurrentRevisions(Collection<UUID> storyIds) {
        return getEntityManager().createQuery("select d.key from FindingDismissalEntity d, StoryEntity s "
                        + "where s.id in :ids and d.key.storyId = s.id and d.key.revision = s.revision",
                FindingDismissalEntity.Key.class).setParameter("ids", storyIds).getResultList();
    }
}
