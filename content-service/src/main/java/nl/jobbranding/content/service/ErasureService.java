package nl.jobbranding.content.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Erasure;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.TakedownCause;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Erasing a featured person (GDPR article 17): in one transaction, with the person's record locked first (as a consent
 * withdrawal does), every story that featured them in any revision is withdrawn if it is out or scheduled, and then
 * edited: their id leaves the stories' featured people, and their name is replaced by {@link #MARKER} in the current
 * content, every revision and its stored screening, comments, reviews, dismissals, reported misses, appeals and the
 * reasons in the audit trail (the one change the trail allows, see V34). Finally the consent record itself is deleted.
 * Each story's audit trail gets an entry naming the erasure by the person's id only.
 */
@ApplicationScoped
public class ErasureService {

    /** What replaces a name. */
    public static final String MARKER = "[verwijderd]";
    private static final String WHAT = "featured person";
    /** Name parts that are no name by themselves (Dutch particles). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "het", "ten", "ter", "te", "op",
            "in", "la", "le", "el", "al", "bin", "ben");

    /** Free-text columns, per table, that may name a featured person, with their length. */
    private record TextColumns(String table, String storyColumn, List<String> columns, int maxLength) {
    }

    private static final List<TextColumns> TEXT_COLUMNS = List.of(
            new TextColumns("story_comment", "story_id", List.of("text"), 4000),
            new TextColumns("review", "story_id", List.of("reasons"), 4000),
            new TextColumns("appeal", "story_id", List.of("reasons", "outcome_reasons"), 4000),
            new TextColumns("finding_dismissal", "story_id", List.of("reason"), 2000),
            new TextColumns("screening_miss", "story_id", List.of("excerpt"), 200),
            new TextColumns("screening_miss", "story_id", List.of("note"), 2000));

    private final FeaturedPersonRepository people;
    private final StoryRepository stories;
    private final StoryChanges changes;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    ErasureService(FeaturedPersonRepository people, StoryRepository stories, StoryChanges changes, AuditTrail audit,
                   EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.people = people;
        this.stories = stories;
        this.changes = changes;
        this.audit = audit;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /** Erases the person; an editor of the person's unit or a campaign manager may. */
    @Transactional
    public Erasure erase(UUID personId, IfMatch ifMatch, Actor actor) {
        FeaturedPersonEntity person = people.findForUpdate(personId).orElseThrow(() -> ServiceException.notFound(WHAT, personId));
        Role role;
        if (actor.editsFor(person.unitCode)) {
            role = Role.UNIT_EDITOR;
        } else if (actor.has(Role.CAMPAIGN_MANAGER)) {
            role = Role.CAMPAIGN_MANAGER;
        } else {
            Access.requireEditorOf(actor, person.unitCode, WHAT);
            throw ServiceException.forbidden("Only an editor of the person's unit or a campaign manager may erase a featured person.");
        }
        IfMatch.checkIfGiven(ifMatch, WHAT, person.version);
        Instant now = clock.instant();
        Names names = Names.of(person.name);
        List<UUID> storyIds = featuringEver(personId);
        List<UUID> withdrawn = new ArrayList<>();
        // The story keeps this as its state reason: no id, so that only the audit trail refers to the person.
        String reason = "A featured person was erased at their request (AVG article 17).";
        for (UUID storyId : storyIds) {
            StoryEntity story = stories.findForUpdate(storyId).orElseThrow();
            StoryState from = story.state;
            if (story.live() || story.state == StoryState.SCHEDULED) {
                changes.withdraw(story, reason, TakedownCause.CONSENT, now);
                audit.record(story, actor, role, Action.WITHDRAW, from, reason, now);
                withdrawn.add(storyId);
            }
            story.content = json.convertValue(scrub(json.valueToTree(story.content), names, personId), StoryContent.class);
            story.featuredPersonIds.remove(personId);
            story.stateReason = names.scrub(story.stateReason);
            audit.record(story, actor, role, Action.ERASE_PERSON, story.state, "Featured person " + personId
                    + " erased: their name and id are removed from this story and its history.", now);
        }
        entityManager.flush();
        if (!storyIds.isEmpty()) {
            scrubRevisions(storyIds, names, personId);
            scrubReviews(storyIds, names, personId);
            for (TextColumns columns : TEXT_COLUMNS) {
                scrubColumns(columns, storyIds, names);
            }
            entityManager.createNativeQuery("select audit_event_erase(:pattern, :replacement, cast(:ids as uuid[]))")
                    .setParameter("pattern", names.postgresPattern())
                    .setParameter("replacement", "\\1" + MARKER + "\\3")
                    .setParameter("ids", storyIds.stream().map(UUID::toString).toArray(String[]::new))
                    .getSingleResult();
        }
        people.delete(person);
        Writes.flush(entityManager, WHAT);
        return new Erasure(personId, withdrawn, storyIds);
    }

    /** Every story whose current content or any revision features the person, in id order (the order stories are locked in). */
    @SuppressWarnings("unchecked")
    private List<UUID> featuringEver(UUID personId) {
        List<UUID> ids = entityManager.createNativeQuery("select story_id from story_featured_person where person_id = :id "
                        + "union select story_id from story_revision where content -> 'featuredPeople' @> cast(:json as jsonb)",
                        UUID.class)
                .setParameter("id", personId).setParameter("json", "[\"" + personId + "\"]").getResultList();
        return new ArrayList<>(new TreeSet<>(ids));
    }

    @SuppressWarnings("unchecked")
    private void scrubRevisions(List<UUID> storyIds, Names names, UUID personId) {
        List<Object[]> rows = entityManager.createNativeQuery("select story_id, number, cast(content as text), "
                        + "cast(screening as text) from story_revision where story_id in (:ids)")
                .setParameter("ids", storyIds).getResultList();
        for (Object[] row : rows) {
            String content = rewrite((String) row[2], names, personId);
            String screening = row[3] == null ? null : rewrite((String) row[3], names, personId);
            entityManager.createNativeQuery("update story_revision set content = cast(:content as jsonb), "
                            + "screening = cast(:screening as jsonb) where story_id = :story and number = :number")
                    .setParameter("content", content).setParameter("screening", screening)
                    .setParameter("story", row[0]).setParameter("number", row[1]).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private void scrubReviews(List<UUID> storyIds, Names names, UUID personId) {
        List<Object[]> rows = entityManager.createNativeQuery("select id, cast(verdicts as text) from review where story_id in (:ids)")
                .setParameter("ids", storyIds).getResultList();
        for (Object[] row : rows) {
            String verdicts = rewrite((String) row[1], names, personId);
            if (!verdicts.equals(row[1])) {
                entityManager.createNativeQuery("update review set verdicts = cast(:verdicts as jsonb) where id = :id")
                        .setParameter("verdicts", verdicts).setParameter("id", row[0]).executeUpdate();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void scrubColumns(TextColumns columns, List<UUID> storyIds, Names names) {
        for (String column : columns.columns()) {
            List<Object[]> rows = entityManager.createNativeQuery("select cast(ctid as text), " + column + " from "
                            + columns.table() + " where " + columns.storyColumn() + " in (:ids) and " + column + " is not null")
                    .setParameter("ids", storyIds).getResultList();
            for (Object[] row : rows) {
                String scrubbed = names.scrub((String) row[1]);
                if (!scrubbed.equals(row[1])) {
                    entityManager.createNativeQuery("update " + columns.table() + " set " + column + " = :text where ctid = cast(:ctid as tid)")
                            .setParameter("text", scrubbed.length() > columns.maxLength() ? scrubbed.substring(0, columns.maxLength()) : scrubbed)
                            .setParameter("ctid", row[0]).executeUpdate();
                }
            }
        }
    }

    private String rewrite(String document, Names names, UUID personId) {
        try {
            return json.writeValueAsString(scrub(json.readTree(document), names, personId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that cannot be read", e);
        }
    }

    /** The JSON with the name replaced in every string and the person's id removed from every array. */
    private static JsonNode scrub(JsonNode node, Names names, UUID personId) {
        if (node.isTextual()) {
            return TextNode.valueOf(names.scrub(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.get(i).isTextual() && array.get(i).asText().equals(personId.toString())) {
                    array.remove(i);
                } else {
                    array.set(i, scrub(array.get(i), names, personId));
                }
            }
        } else if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(scrub(field.getValue(), names, personId));
            }
        }
        return node;
    }

    /** A person's name and its parts that are names by themselves, as whole words in any case. */
    record Names(List<String> forms, Pattern pattern) {

        static Names of(String name) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(name.strip());
            for (String part : name.strip().split("[\\s-]+")) {
                if (part.codePointCount(0, part.length()) >= 3 && !PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    forms.add(part);
                }
            }
            List<String> longestFirst = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
            String alternatives = String.join("|", longestFirst.stream().map(Pattern::quote).toList());
            return new Names(longestFirst, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }

        String scrub(String text) {
            return text == null ? null : pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARKER));
        }

        /** The same as a PostgreSQL regular expression: group 1 and 3 are what surrounds the name. */
        String postgresPattern() {
            List<String> escaped = forms.stream().map(f -> f.replaceAll("([^\\p{L}\\p{N} ])", "\\\\$1")).toList();
            return "(^|[^[:alnum:]])(" + String.join("|", escaped) + ")([^[:alnum:]]|$)";
        }
    }
}
