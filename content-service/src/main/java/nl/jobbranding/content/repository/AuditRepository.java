package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.AuditEventEntity;
import nl.jobbranding.content.model.StoryState;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    /**
     * The id of the latest change into or out of the published set (publication, withdrawal, expiry, archiving), 0 when
     * there is none: a version of what the public sees, cheap to ask (an index holds only these events).
     */
    public long latestPublicationChange() {
        Long latest = getEntityManager().createQuery("select max(a.id) from AuditEventEntity a where a.fromState = :published "
                        + "or a.toState = :published or a.action in :offline", Long.class)
                .setParameter("published", StoryState.PUBLISHED)
                .setParameter("offline", List.of(Action.WITHDRAW, Action.EXPIRE)).getSingleResult();
        return latest == null ? 0 : latest;
    }

    public List<AuditEventEntity> ofStory(UUID storyId, long after, int limit) {
        return find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }
}
