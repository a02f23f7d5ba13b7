package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.FindingDismissalEntity;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DismissalRepository implements PanacheRepositoryBase<FindingDismissalEntity, FindingDismissalEntity.Key> {

    public List<FindingDismissalEntity> ofRevision(UUID storyId, int revision) {
        return list("key.storyId = ?1 and key.revision = ?2", storyId, revision);
    }
}
