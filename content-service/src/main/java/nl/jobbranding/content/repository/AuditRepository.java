package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.AuditEventEntity;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEventEntity, Long> {

    public List<AuditEventEntity> ofStory(UUID storyId, long after, int limit) {
        return find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }
}
