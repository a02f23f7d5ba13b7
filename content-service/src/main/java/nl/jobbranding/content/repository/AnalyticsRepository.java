package nl.jobbranding.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import nl.jobbranding.api.model.ApiEnum;
import nl.jobbranding.api.repository.Filter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of the analytics, computed in SQL from the audit trail, the reviews and the appeals: nothing is counted
 * in Java. Every query is bounded by its period and returns at most {@code limit} rows after a keyset.
 */
@ApplicationScoped
public class AnalyticsRepository {

    /** The periods story flow counts per. */
    public enum Truncation {
        WEEK, MONTH;

        @Override
        public String toString() {
            return ApiEnum.value(this);
        }
    }

    /** What a row is grouped by (besides period and state, for story flow): a SQL expression for its key, and a join. */
    public enum Dimension {
        STATE("''", ""), ALL("''", ""), UNIT("s.unit_code", ""), SERIES("s.series_id::text", ""),
        CHANNEL("c.channel_code", " join story_channel c on c.story_id = s.id");

        private final String key;
        private final String join;

        Dimension(String key, String join) {
            this.key = key;
            this.join = join;
        }

        @Override
        public String toString() {
            return ApiEnum.value(this);
        }
    }

    /** The period of the analytics and the campaign they are narrowed to (null: every campaign). */
    public record Scope(Instant from, Instant until, UUID campaignId) {
    }

    private final EntityManager entityManager;

    AnalyticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stories that entered each state per period (and per unit, series or channel): audit entries that changed the
     * state, counted once per story. Rows: period start ({@code 2026-11-01}), state (as stored), key, stories.
     *
     * @param after      the last row's period, state and key, or null for the first page
     */
    public List<Object[]> storyFlow(Scope scope, Truncation truncation, Dimension dimension, String state, String[] after, int limit) {
        Filter where = new Filter().and("s.campaign_id = :campaignId", "campaignId", scope.campaignId())
                .and("e.to_state = :state", "state", state);
        String sql = "select * from (select to_char(date_trunc('" + (truncation == Truncation.WEEK ? "week" : "month")
                + "', e.at at time zone 'UTC'), 'YYYY-MM-DD') as period, e.to_state as state, " + dimension.key + " as key, "
                + "count(distinct e.story_id) as stories from audit_event e join story s on s.id = e.story_id" + dimension.join
                + " where e.at >= :from and e.at < :until and e.from_state is distinct from e.to_state and " + where.query()
                + " group by 1, 2, 3) t" + (after == null ? "" : " where (t.period, t.state, t.key) > (:afterPeriod, :afterState, :afterKey)")
                + " order by 1, 2, 3 limit " + limit;
        Query query = query(sql, scope, where);
        if (after != null) {
            query.setParameter("afterPeriod", after[0]).setParameter("afterState", after[1]).setParameter("afterKey", after[2]);
        }
        return rows(query);
    }

    /**
     * Stories that entered each state in the period, each story once per state (not once per month, as in
     * {@link #storyFlow}). Rows: state (as stored), stories.
     */
    public List<Object[]> storiesEntered(Scope scope) {
        Filter where = new Filter().and("s.campaign_id = :campaignId", "campaignId", scope.campaignId());
        return rows(query("select e.to_state, count(distinct e.story_id) from audit_event e join story s on s.id = e.story_id "
                + "where e.at >= :from and e.at < :until and e.from_state is distinct from e.to_state and " + where.query()
                + " group by 1 order by 1", scope, where));
    }

    /**
     * Review lead times per unit or channel: for every review decided in the period, the time from the story's latest
     * submission before it (a submit, or an appeal that sent it back to the queue) to the decision. Rows: key, decisions,
     * median seconds, 90th percentile seconds (percentile_cont).
     */
    public List<Object[]> leadTimes(Scope scope, Dimension dimension, String after, int limit) {
        Filter where = new Filter().and("s.campaign_id = :campaignId", "campaignId", scope.campaignId());
        String sql = "select * from (select " + dimension.key + " as key, count(*) as decisions, "
                + "percentile_cont(0.5) within group (order by x.seconds) as median, "
                + "percentile_cont(0.9) within group (order by x.seconds) as p90 from ("
                + "select r.story_id, extract(epoch from r.decided_at - (select max(e.at) from audit_event e "
                + "where e.story_id = r.story_id and e.to_state = 'SUBMITTED' and e.action in ('SUBMIT', 'DECIDE_APPEAL') "
                + "and e.at <= r.decided_at)) as seconds from review r where r.decided_at >= :from and r.decided_at < :until) x "
                + "join story s on s.id = x.story_id" + dimension.join + " where x.seconds is not null and " + where.query()
                + " group by 1) t" + (after == null ? "" : " where t.key > :afterKey") + " order by 1 limit " + limit;
        Query query = query(sql, scope, where);
        if (after != null) {
            query.setParameter("afterKey", after);
        }
        return rows(query);
    }

    /**
     * Takedown times per channel: for every takedown task confirmed in the period, the time from its opening (the story
     * going off line) to its confirmation. Rows: channel, takedowns, median seconds, 90th percentile seconds
     * (percentile_cont).
     */
    public List<Object[]> takedownTimes(Scope scope, String after, int limit) {
        Filter where = new Filter().and("s.campaign_id = :campaignId", "campaignId", scope.campaignId());
        String seconds = "extract(epoch from t.confirmed_at - t.opened_at)";
        String sql = "select * from (select t.channel_code as key, count(*) as takedowns, "
                + "percentile_cont(0.5) within group (order by " + seconds + ") as median, "
                + "percentile_cont(0.9) within group (order by " + seconds + ") as p90 "
                + "from takedown_task t join story s on s.id = t.story_id "
                + "where t.confirmed_at >= :from and t.confirmed_at < :until and " + where.query()
                + " group by 1) x" + (after == null ? "" : " where x.key > :afterKey") + " order by 1 limit " + limit;
        Query query = query(sql, scope, where);
        if (after != null) {
            query.setParameter("afterKey", after);
        }
        return rows(query);
    }

    /** Appeals made in the period per decision appealed against and outcome (null: waiting). Rows: decision, outcome, appeals. */
    public List<Object[]> appealOutcomes(Scope scope) {
        Filter where = new Filter().and("s.campaign_id = :campaignId", "campaignId", scope.campaignId());
        return rows(query("select a.decision, a.outcome, count(*) from appeal a join story s on s.id = a.story_id "
                + "where a.created_at >= :from and a.created_at < :until and " + where.query() + " group by 1, 2", scope, where));
    }

    private Query query(String sql, Scope scope, Filter where) {
        Query query = entityManager.createNativeQuery(sql).setParameter("from", scope.from()).setParameter("until", scope.until());
        for (Map.Entry<String, Object> parameter : where.parameters().map().entrySet()) {
            query.setParameter(parameter.getKey(), parameter.getValue());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
