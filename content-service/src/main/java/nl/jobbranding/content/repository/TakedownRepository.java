package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.jobbranding.content.model.TakedownTaskEntity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TakedownRepository implements PanacheRepositoryBase<TakedownTaskEntity, UUID> {

    public Optional<TakedownTaskEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Tasks oldest first after the given key; only the open ones when {@code open}, only the confirmed ones otherwise. */
    public List<TakedownTaskEntity> oldestAfter(boolean open, Instant afterOpened, UUID afterId, int limit) {
        String query = open ? "takenDownAt is null" : "takenDownAt is not null";
        Parameters parameters = new Parameters();
        if (afterOpened != null) {
            query += " and (openedAt > :after or (openedAt = :after and id > :afterId))";
            parameters.and("after", afterOpened).and("afterId", afterId);
        }
        return find(query, Sort.by("openedAt").and("id"), parameters).range(0, limit - 1).list();
    }

    /** Every task, newest first, before the given key (the transparency log). */
    public List<TakedownTaskEntity> newestBefore(Instant beforeOpened, UUID beforeId, int limit) {
        if (beforeOpened == null) {
            return findAll(Sort.descending("openedAt", "id")).range(0, limit - 1).list();
        }
        return find("openedAt < ?1 or (openedAt = ?1 and id < ?2)", Sort.descending("openedAt", "id"), beforeOpened, beforeId)
                .range(0, limit - 1).list();
    }

    public List<TakedownTaskEntity> ofStory(UUID storyId) {
        return list("storyId", Sort.by("openedAt").and("id"), storyId);
    }
}
