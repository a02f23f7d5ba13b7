package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.jobbranding.api.repository.Filter;
import nl.jobbranding.content.model.StoryRequestEntity;
import nl.jobbranding.content.model.StoryRequestState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StoryRequestRepository implements PanacheRepositoryBase<StoryRequestEntity, UUID> {

    /** What a list of requests is narrowed to; null filters select everything. */
    public record RequestFilter(StoryRequestState state, String unitCode, UUID seriesId, LocalDate month, UUID campaignId) {
    }

    /** A page of requests in the order they were made (ids are time-ordered), after the request {@code after}. */
    public List<StoryRequestEntity> pageAfter(UUID after, RequestFilter filter, int limit) {
        Filter where = new Filter().and("id > :after", "after", after)
                .and("state = :state", "state", filter.state())
                .and("unitCode = :unitCode", "unitCode", filter.unitCode())
                .and("seriesId = :seriesId", "seriesId", filter.seriesId())
                .and("wantedBy = :month", "month", filter.month())
                .and("campaignId = :campaignId", "campaignId", filter.campaignId());
        return find(where.query(), Sort.by("id"), where.parameters()).range(0, limit - 1).list();
    }

    public Optional<StoryRequestEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Marks the accepted requests the story answers as fulfilled, in the caller's transaction (which holds the story
     * locked, as linking does, so a link made at the same moment is either seen here or sees the publication).
     */
    public int fulfilBy(UUID storyId, Instant at) {
        return update("state = ?1, fulfilledAt = ?2, version = version + 1, updatedAt = ?2 where storyId = ?3 and state = ?4",
                StoryRequestState.FULFILLED, at, storyId, StoryRequestState.ACCEPTED);
    }
}
