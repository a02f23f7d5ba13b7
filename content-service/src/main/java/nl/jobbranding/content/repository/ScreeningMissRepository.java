package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.ScreeningMissEntity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreeningMissRepository implements PanacheRepositoryBase<ScreeningMissEntity, UUID> {

    public List<ScreeningMissEntity> ofRevision(UUID storyId, int revision) {
        return list("storyId = ?1 and revision = ?2", storyId, revision);
    }

    public Optional<ScreeningMissEntity> same(UUID storyId, int revision, String field, int start, int end, String value) {
        return find("storyId = ?1 and revision = ?2 and field = ?3 and start = ?4 and end = ?5 and value = ?6",
                storyId, revision, field, start, end, value).firstResultOptional();
    }
}
