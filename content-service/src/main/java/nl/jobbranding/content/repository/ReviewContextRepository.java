package nl.jobbranding.content.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * What a review page reads besides the story, as the API's JSON, built by PostgreSQL in one statement: the pre-screen
 * of the current revision with its dismissals and open counts, and the first page of the revisions, comments and audit
 * trail, each with the links its own list gives. The same fields, values and order as the records
 * ({@code api.Screening}, {@code api.Revision}, {@code api.Comment}, {@code api.AuditEvent}, {@code api.Page}) written
 * by Jackson: stored documents in their API form (the stored forms have the API's field names, see
 * {@code model.stored}; severities in lower case), enum constants in the API's spelling, timestamps as
 * {@link java.time.Instant#toString()} writes them.
 */
@ApplicationScoped
public class ReviewContextRepository {

    /** A timestamp as Instant.toString() writes it: UTC, the fraction in groups of three digits, none when zero. */
    private static String instant(String column) {
        return "regexp_replace(regexp_replace(to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), "
                + "'\\.000000$', ''), '(\\.\\d{3})000$', '\\1') || 'Z'";
    }

    /** An API enum constant (upper case with underscores in the column) in the API's spelling. */
    private static String constant(String column) {
        return "lower(replace(" + column + ", '_', '-'))";
    }

    /** The {@code _links} of a first page: self (the parameter), and next with the cursor after {@code key} when set. */
    private static String links(String key) {
        return "case when " + key + " is null then json_build_object('self', json_build_object('href', ?::text)) "
                + "else json_build_object('self', json_build_object('href', ?::text), 'next', json_build_object('href', ?::text || '&cursor=' || "
                + "rtrim(translate(encode(convert_to(" + key + ", 'UTF8'), 'base64'), '+/' || chr(10), '-_'), '='))) end";
    }

    /**
     * One page list: the first {@code limit} of the rows of {@code from} (which selects {@code item}, the item's JSON,
     * {@code key}, its cursor key, and {@code n}, its place from 1, for at most limit + 1 rows) with its links.
     */
    private static String page(String from, int limit) {
        return "(select json_build_object('items', coalesce(json_agg(p.item order by p.n) filter (where p.n <= " + limit
                + "), '[]'::json), '_links', " + links("case when count(*) > " + limit + " then max(p.key) filter (where p.n = "
                + limit + ") end") + ") from (" + from + ") p)";
    }

    /** A finding's dismissal joined to it: {@code f} is the stored finding, {@code r} the revision. */
    private static final String DISMISSAL = """
            left join finding_dismissal d on d.story_id = r.story_id and d.revision = r.number and d.finding_id = f.x ->> 'id'""";

    /** The first page of each list, as the review page shows it. */
    public static final int REVISIONS = 20;
    public static final int COMMENTS = 50;
    public static final int AUDIT_EVENTS = 50;

    private static final String READ = statement(REVISIONS, COMMENTS, AUDIT_EVENTS);

    private final EntityManager entityManager;

    ReviewContextRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The JSON addresses of each list's first page, as its own list gives them ({@code ...?limit=n}). */
    public record Addresses(String revisions, String comments, String auditTrail) {
    }

    /**
     * The story's screening (null when its current revision has none), revisions, comments and audit trail as one JSON
     * object ({@code {"screening":..,"revisions":..,"comments":..,"auditTrail":..}}), or null when there is no such story.
     * Plain JDBC on the session's connection, as campaign-service's one-campaign read (no Hibernate query plan).
     */
    public String read(UUID storyId, Addresses addresses) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(READ)) {
                int i = 0;
                for (String address : new String[] {addresses.revisions(), addresses.comments(), addresses.auditTrail()}) {
                    statement.setString(++i, address);
                    statement.setString(++i, address);
                    statement.setString(++i, address);
                }
                statement.setObject(++i, storyId);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return null;
                    }
                    if (!result.getBoolean(1)) {
                        throw new IllegalStateException("story " + storyId + " has a stored document of an unknown schema version");
                    }
                    return result.getString(2);
                }
            }
        });
    }

    /** The statement, for the given page sizes. */
    private static String statement(int revisions, int comments, int auditEvents) {
        return "select (select count(*) from story_revision v where v.story_id = s.id and v.content ->> 'schema' <> '1'"
                + "           or v.story_id = s.id and v.screening is not null and v.screening ->> 'schema' <> '1') = 0,"
                + " cast(json_build_object("
                + "'screening', (select json_build_object('revision', r.number, 'screenedAt', " + instant("r.screened_at") + ","
                + "    'rulesVersion', r.screening -> 'rulesVersion',"
                + "    'open', (select json_build_object("
                + "        'block', count(*) filter (where f.x ->> 'severity' = 'BLOCK' and d.finding_id is null),"
                + "        'warn', count(*) filter (where f.x ->> 'severity' = 'WARN' and d.finding_id is null),"
                + "        'info', count(*) filter (where f.x ->> 'severity' = 'INFO' and d.finding_id is null))"
                + "      from jsonb_array_elements(r.screening -> 'findings') f(x) " + DISMISSAL + "),"
                + "    'findings', (select coalesce(json_agg(json_build_object('id', f.x -> 'id', 'value', f.x -> 'value',"
                + "          'rule', f.x -> 'rule', 'severity', lower(f.x ->> 'severity'),"
                + "          'message', json_build_object('nl', f.x -> 'messageNl', 'en', f.x -> 'messageEn'),"
                + "          'field', f.x -> 'field', 'start', f.x -> 'start', 'end', f.x -> 'end', 'excerpt', f.x -> 'excerpt',"
                + "          'suggestion', f.x -> 'suggestion', 'channel', f.x -> 'channel',"
                + "          'dismissal', case when d.finding_id is null then null else json_build_object('byName', d.dismissed_by_name,"
                + "              'at', " + instant("d.dismissed_at") + ", 'reason', d.reason) end) order by f.n), '[]'::json)"
                + "      from jsonb_array_elements(r.screening -> 'findings') with ordinality f(x, n) " + DISMISSAL + "),"
                + "    'readability', r.screening -> 'readability',"
                + "    'omittedFindings', (select coalesce(json_agg(json_build_object('rule', o.x -> 'rule', 'value', o.x -> 'value',"
                + "          'severity', lower(o.x ->> 'severity'), 'count', o.x -> 'count') order by o.n), '[]'::json)"
                + "      from jsonb_array_elements(r.screening -> 'omitted') with ordinality o(x, n)))"
                + "  from story_revision r where r.story_id = s.id and r.number = s.revision and r.screening is not null),"
                + "'revisions', " + page("select json_build_object('number', v.number, 'createdByName', v.created_by_name,"
                + "    'createdAt', " + instant("v.created_at") + ", 'content', v.content - 'schema') item, v.number::text key,"
                + "    row_number() over (order by v.number) n"
                + "  from story_revision v where v.story_id = s.id order by v.number limit " + (revisions + 1), revisions) + ","
                + "'comments', " + page("select json_build_object('id', c.id, 'storyId', c.story_id, 'revision', c.revision,"
                + "    'inReplyTo', c.parent_id, 'authorName', c.author_name, 'text', c.text,"
                + "    'resolvedAt', " + instant("c.resolved_at") + ", 'resolvedByName', c.resolved_by,"
                + "    'createdAt', " + instant("c.created_at") + ") item, c.id::text key, row_number() over (order by c.id) n"
                + "  from story_comment c where c.story_id = s.id order by c.id limit " + (comments + 1), comments) + ","
                + "'auditTrail', " + page("select json_build_object('sequence', e.id, 'at', " + instant("e.at") + ","
                + "    'actorName', e.actor_name, 'actorRole', " + constant("e.actor_role") + ", 'action', " + constant("e.action") + ","
                + "    'fromState', " + constant("e.from_state") + ", 'toState', " + constant("e.to_state") + ","
                + "    'revision', e.revision, 'reason', e.reason) item, e.id::text key, row_number() over (order by e.id) n"
                + "  from audit_event e where e.story_id = s.id order by e.id limit " + (auditEvents + 1), auditEvents)
                + ") as text) from story s where s.id = ?";
    }
}
