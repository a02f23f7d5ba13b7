package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.jobbranding.api.repository.Filter;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StoryRepository implements PanacheRepositoryBase<StoryEntity, UUID> {

    /** What a list of stories can be narrowed to; null fields do not narrow. */
    public record StoryFilter(UUID campaignId, UUID seriesId, String unitCode, StoryState state, String channelCode) {
    }

    /** The story, locked for the rest of the transaction, so that concurrent decisions on it happen one after another. */
    public Optional<StoryEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ids of the people a story features, read without loading (or locking) the story. */
    public List<UUID> featuredPersonIdsOf(UUID id) {
        return getEntityManager().createQuery("select p from StoryEntity s join s.featuredPersonIds p where s.id = :id", UUID.class)
                .setParameter("id", id).getResultList();
    }

    public List<StoryEntity> pageAfter(UUID after, StoryFilter filter, int limit) {
        Filter where = narrowed(filter).and("id > :after", "after", after);
        return find(where.query(), Sort.by("id"), where.parameters()).range(0, limit - 1).list();
    }

    /**
     * The states of a waiting story, written as literals so that PostgreSQL can read the queue from its partial
     * indexes ({@code story_waiting*}, where state in these two) also with a generic plan.
     */
    private static final String WAITING = "state in (" + StoryState.class.getName() + ".SUBMITTED, "
            + StoryState.class.getName() + ".IN_REVIEW)";

    /** Stories waiting for review (submitted, or in review), oldest submission first. */
    public List<StoryEntity> queueAfter(Instant afterSubmitted, UUID afterId, StoryFilter filter, int limit) {
        Filter where = narrowed(filter);
        String query = WAITING + " and " + where.query();
        Parameters parameters = where.parameters();
        if (afterSubmitted != null) {
            query += " and (submittedAt > :afterSubmitted or (submittedAt = :afterSubmitted and id > :afterId))";
            parameters.and("afterSubmitted", afterSubmitted).and("afterId", afterId);
        }
        return find(query, Sort.by("submittedAt").and("id"), parameters).range(0, limit - 1).list();
    }

    /** Live stories (published, also while a correction is reviewed), newest publication first (ties by id), after the given key (null: from the newest). */
    public List<StoryEntity> publishedBefore(Instant before, UUID beforeId, StoryFilter filter, int limit) {
        Filter where = narrowed(new StoryFilter(filter.campaignId(), filter.seriesId(), filter.unitCode(), null,
                filter.channelCode()));
        String query = "publishedRevision is not null and " + where.query();
        Parameters parameters = where.parameters();
        if (before != null) {
            query += " and (publishedAt < :before or (publishedAt = :before and id < :beforeId))";
            parameters.and("before", before).and("beforeId", beforeId);
        }
        return find(query, Sort.descending("publishedAt", "id"), parameters).range(0, limit - 1).list();
    }

    public List<UUID> dueForPublication(Instant now) {
        return find("state = ?1 and publishAt <= ?2", Sort.by("publishAt"), StoryState.SCHEDULED, now)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    public List<UUID> dueForExpiry(Instant now) {
        return find("publishedRevision is not null and expiresAt <= ?1", Sort.by("expiresAt"), now)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** Stories that are live (published, or under correction) or scheduled and feature one of these people. */
    public List<UUID> goingOutWith(List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct s.id from StoryEntity s join s.featuredPersonIds p "
                        + "where p in :people and (s.state = :scheduled or s.publishedRevision is not null) order by s.id", UUID.class)
                .setParameter("people", personIds)
                .setParameter("scheduled", StoryState.SCHEDULED)
                .getResultList();
    }

    private static Filter narrowed(StoryFilter filter) {
        return new Filter()
                .and("campaignId = :campaignId", "campaignId", filter.campaignId())
                .and("seriesId = :seriesId", "seriesId", filter.seriesId())
                .and("unitCode = :unitCode", "unitCode", filter.unitCode())
                .and("state = :state", "state", filter.state())
                .and(":channelCode member of channelCodes", "channelCode", filter.channelCode());
    }

    /** Projection of a story's id. */
    public record IdOnly(UUID id) {
    }

    /**
     * The first series of a campaign that have stories (by id, as campaign-service lists a campaign's series), at most
     * {@code limit}; a unit scope limits it to one unit's stories.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> seriesWithStories(UUID campaignId, String unitCode, int limit) {
        var query = getEntityManager().createNativeQuery("select distinct s.series_id from story s where s.campaign_id = :campaign"
                + (unitCode == null ? "" : " and s.unit_code = :unit") + " order by 1 limit :limit", UUID.class)
                .setParameter("campaign", campaignId).setParameter("limit", limit);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        return query.getResultList();
    }

    /**
     * How many stories each of these series has per state (series id, state as stored, count); a unit scope limits it
     * to one unit's stories. In SQL: a list bound in a query of Hibernate's own language would make it translate the
     * query again on every call.
     */
    public List<Object[]> countsPerSeriesAndState(List<UUID> seriesIds, String unitCode) {
        var query = getEntityManager().createNativeQuery("select s.series_id, s.state, count(*) from story s where s.series_id in (:series)"
                + (unitCode == null ? "" : " and s.unit_code = :unit") + " group by 1, 2", Object[].class)
                .setParameter("series", seriesIds);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /**
     * Stories published per series and month (UTC) from {@code from} on, counted in the audit trail (a story published
     * twice in a month counts once): series id, month as {@code 2026-11}, count.
     */
    public List<Object[]> publishedPerSeriesAndMonth(List<UUID> seriesIds, java.time.Instant from, String unitCode) {
        var query = getEntityManager().createNativeQuery("select s.series_id, to_char(date_trunc('month', e.at at time zone 'UTC'), "
                + "'YYYY-MM'), count(distinct e.story_id) from audit_event e join story s on s.id = e.story_id "
                + "where e.action = 'PUBLISH' and e.at >= :from and s.series_id in (:series)"
                + (unitCode == null ? "" : " and s.unit_code = :unit") + " group by 1, 2", Object[].class)
                .setParameter("series", seriesIds).setParameter("from", from);
        if (unitCode != null) {
            query.setParameter("unit", unitCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** How many stories there are in each state. */
    public List<Object[]> countsPerState() {
        return getEntityManager().createQuery("select s.state, count(s) from StoryEntity s group by s.state", Object[].class)
                .getResultList();
    }

    /** How many stories wait for review, and since when the oldest waits. */
    public Object[] waiting() {
        return getEntityManager().createQuery("select count(s), min(s.submittedAt) from StoryEntity s where s.state in :states",
                Object[].class).setParameter("states", List.of(StoryState.SUBMITTED, StoryState.IN_REVIEW)).getSingleResult();
    }
}
