package nl.jobbranding.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.jobbranding.api.repository.Filter;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reviewers' feedback on the pre-screen, read across stories: dismissals (with the dismissed finding's value, rule and
 * span from the stored screening) and misses as one time-ordered list, counts per rule and value, and the revisions
 * that have feedback (for the corpus export).
 */
@ApplicationScoped
public class ScreeningFeedbackRepository {

    /** Dismissals and misses as rows of the same shape; {@code sort_key} breaks ties between equal times. */
    private static final String FEEDBACK = """
            with feedback as (
                select 'dismissal' as kind, d.story_id, d.revision, s.campaign_id, f->>'value' as value, f->>'rule' as rule,
                       d.finding_id, f->>'field' as field, (f->>'start')::int as start_offset, (f->>'end')::int as end_offset,
                       f->>'excerpt' as excerpt, d.reason as note, d.dismissed_at as at,
                       'd:' || d.story_id || '/' || d.revision || '/' || d.finding_id as sort_key,
                       r.content->>'language' as language
                from finding_dismissal d
                join story s on s.id = d.story_id
                join story_revision r on r.story_id = d.story_id and r.number = d.revision
                cross join lateral jsonb_array_elements(r.screening->'findings') f
                where f->>'id' = d.finding_id
                union all
                select 'miss', m.story_id, m.revision, s.campaign_id, m.value, null, null, m.field, m.start_offset,
                       m.end_offset, m.excerpt, m.note, m.reported_at, 'm:' || m.id, r.content->>'language'
                from screening_miss m
                join story s on s.id = m.story_id
                join story_revision r on r.story_id = m.story_id and r.number = m.revision
            )
            """;

    /**
     * The filters of the feedback list; null means any.
     *
     * @param from  feedback given at or after this moment
     * @param until feedback given before this moment
     */
    public record FeedbackFilter(UUID campaignId, String value, String rule, String kind, Instant from, Instant until,
                                 String language) {
    }

    /** One dismissal or miss. */
    public record FeedbackRow(String kind, UUID storyId, int revision, UUID campaignId, String value, String rule,
                              String findingId, String field, int start, int end, String excerpt, String note, Instant at,
                              String sortKey) {
    }

    /** How often something happened per value and rule (rule null for misses). */
    public record Count(String kind, String value, String rule, long count) {
    }

    private final EntityManager entityManager;

    ScreeningFeedbackRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Feedback after the given time and tie-breaker (null for the first page), oldest first. */
    public List<FeedbackRow> pageAfter(Instant afterAt, String afterKey, FeedbackFilter filter, int limit) {
        Filter where = where(filter);
        if (afterAt != null) {
            where.and("(at > :afterAt or (at = :afterAt and sort_key collate \"C\" > :afterKey))", "afterAt", afterAt);
        }
        Query query = entityManager.createNativeQuery(FEEDBACK + "select kind, story_id, revision, campaign_id, value, rule, "
                + "finding_id, field, start_offset, end_offset, excerpt, note, at, sort_key from feedback where " + where.query()
                + " order by at, sort_key collate \"C\" limit " + limit);
        bind(query, where);
        if (afterAt != null) {
            query.setParameter("afterKey", afterKey);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new FeedbackRow((String) r[0], (UUID) r[1], ((Number) r[2]).intValue(), (UUID) r[3],
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), (String) r[10], (String) r[11], instant(r[12]), (String) r[13])).toList();
    }

    /** Dismissals per value and rule, and misses per value, under the filter. */
    public List<Count> feedbackCounts(FeedbackFilter filter) {
        Filter where = where(filter);
        Query query = entityManager.createNativeQuery(FEEDBACK + "select kind, value, rule, count(*) from feedback where "
                + where.query() + " group by kind, value, rule");
        bind(query, where);
        return counts(query);
    }

    /** Findings per value and rule of the revisions screened in the filter's period (kind and language aside). */
    public List<Count> findingCounts(FeedbackFilter filter) {
        Filter where = new Filter()
                .and("s.campaign_id = :campaignId", "campaignId", filter.campaignId())
                .and("f->>'value' = :value", "value", filter.value())
                .and("f->>'rule' = :rule", "rule", filter.rule())
                .and("r.screened_at >= :from", "from", filter.from())
                .and("r.screened_at < :until", "until", filter.until());
        Query query = entityManager.createNativeQuery("select 'finding', f->>'value', f->>'rule', count(*) from story_revision r "
                + "join story s on s.id = r.story_id cross join lateral jsonb_array_elements(r.screening->'findings') f "
                + "where r.screening is not null and " + where.query() + " group by 2, 3");
        bind(query, where);
        return counts(query);
    }

    /** The revisions (story id and number) with feedback under the filter, after the given one, in id order. */
    public List<Object[]> revisionsAfter(UUID afterStory, Integer afterRevision, FeedbackFilter filter, int limit) {
        Filter where = where(filter).and("language = :language", "language", filter.language());
        if (afterStory != null) {
            where.and("(story_id > :afterStory or (story_id = :afterStory and revision > :afterRevision))", "afterStory", afterStory);
        }
        Query query = entityManager.createNativeQuery(FEEDBACK + "select story_id, revision from feedback where " + where.query()
                + " group by story_id, revision order by story_id, revision limit " + limit);
        bind(query, where);
        if (afterStory != null) {
            query.setParameter("afterRevision", afterRevision);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static Filter where(FeedbackFilter filter) {
        return new Filter()
                .and("campaign_id = :campaignId", "campaignId", filter.campaignId())
                .and("value = :value", "value", filter.value())
                .and("rule = :rule", "rule", filter.rule())
                .and("kind = :kind", "kind", filter.kind())
                .and("at >= :from", "from", filter.from())
                .and("at < :until", "until", filter.until());
    }

    private static void bind(Query query, Filter where) {
        for (Map.Entry<String, Object> parameter : where.parameters().map().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Count> counts(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
