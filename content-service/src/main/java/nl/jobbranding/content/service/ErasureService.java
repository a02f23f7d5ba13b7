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
import java.util.HashMap;
import java.util.HashSet;
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
    /** The fields of a story's content that are text a place (finding, miss) can point into. */
    private static final List<String> TEXT_FIELDS = List.of("title", "summary", "body");
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

    /**
     * Every revision's content and stored screening with the name replaced. The replacement changes the texts' lengths,
     * so the places that point into a text (the screening's findings, the misses reviewers reported) are moved to where
     * the same words are now, and their excerpts are taken again from the new text.
     */
    @SuppressWarnings("unchecked")
    private void scrubRevisions(List<UUID> storyIds, Names names, UUID personId) {
        List<Object[]> rows = entityManager.createNativeQuery("select story_id, number, cast(content as text), "
                        + "cast(screening as text) from story_revision where story_id in (:ids)")
                .setParameter("ids", storyIds).getResultList();
        for (Object[] row : rows) {
            JsonNode content = read((String) row[2]);
            Map<String, Rewritten> fields = new HashMap<>();
            for (String field : TEXT_FIELDS) {
                if (content.path(field).isTextual()) {
                    fields.put(field, names.rewrite(content.get(field).asText()));
                }
            }
            String screening = null;
            if (row[3] != null) {
                JsonNode scrubbed = scrub(read((String) row[3]), names, personId);
                for (JsonNode finding : scrubbed.path("findings")) {
                    Rewritten text = fields.get(finding.path("field").asText());
                    if (text != null && text.changed()) {
                        int[] span = text.span(finding.get("start").asInt(), finding.get("end").asInt());
                        ((ObjectNode) finding).put("start", span[0]).put("end", span[1])
                                .put("excerpt", text.excerpt(span[0], span[1]));
                    }
                }
                screening = write(scrubbed);
            }
            entityManager.createNativeQuery("update story_revision set content = cast(:content as jsonb), "
                            + "screening = cast(:screening as jsonb) where story_id = :story and number = :number")
                    .setParameter("content", write(scrub(content, names, personId))).setParameter("screening", screening)
                    .setParameter("story", row[0]).setParameter("number", row[1]).executeUpdate();
            moveMisses((UUID) row[0], ((Number) row[1]).intValue(), fields);
        }
    }

    /** The misses reported on this revision, moved with their text; two that now cover the same span become one. */
    @SuppressWarnings("unchecked")
    private void moveMisses(UUID storyId, int revision, Map<String, Rewritten> fields) {
        List<Object[]> misses = entityManager.createNativeQuery("select id, field, start_offset, end_offset, value from screening_miss "
                        + "where story_id = :story and revision = :revision order by reported_at, id")
                .setParameter("story", storyId).setParameter("revision", revision).getResultList();
        Set<String> kept = new HashSet<>();
        for (Object[] miss : misses) {
            Rewritten text = fields.get((String) miss[1]);
            int[] span = text == null ? new int[] {(Integer) miss[2], (Integer) miss[3]}
                    : text.span((Integer) miss[2], (Integer) miss[3]);
            if (!kept.add(miss[1] + "/" + span[0] + "/" + span[1] + "/" + miss[4])) {
                entityManager.createNativeQuery("delete from screening_miss where id = :id").setParameter("id", miss[0]).executeUpdate();
            } else if (text != null && text.changed()) {
                entityManager.createNativeQuery("update screening_miss set start_offset = :start, end_offset = :end, excerpt = :excerpt "
                                + "where id = :id")
                        .setParameter("start", span[0]).setParameter("end", span[1])
                        .setParameter("excerpt", text.excerpt(span[0], span[1])).setParameter("id", miss[0]).executeUpdate();
            }
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
        return write(scrub(read(document), names, personId));
    }

    private JsonNode read(String document) {
        try {
            return json.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON that cannot be read", e);
        }
    }

    private String write(JsonNode document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON that cannot be written", e);
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

    /**
     * A text after the replacement of a name, with each replacement as {old start, old end, new start, new end}, to move
     * places (UTF-16 offsets) of the old text to the same words in the new one.
     */
    record Rewritten(String text, List<int[]> replaced) {

        boolean changed() {
            return !replaced.isEmpty();
        }

        /** Where the span from {@code start} to {@code end} of the old text is in the new one (a replaced part as a whole). */
        int[] span(int start, int end) {
            return new int[] {offset(start, false), offset(end, true)};
        }

        private int offset(int old, boolean end) {
            int shift = 0;
            for (int[] r : replaced) {
                if (old <= r[0]) {
                    break;
                }
                if (old < r[1]) {
                    return end ? r[3] : r[2];
                }
                shift = r[3] - r[1];
            }
            return Math.min(old + shift, text.length());
        }

        /** The excerpt of a span, as the screen and a reported miss keep it: at most 200 characters, no half a pair. */
        String excerpt(int start, int end) {
            int cut = Math.min(end, start + 200);
            if (cut < end && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            return text.substring(start, cut);
        }
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

        /** The text with the name replaced (as {@link #scrub}), and where. */
        Rewritten rewrite(String text) {
            StringBuilder result = new StringBuilder(text.length());
            List<int[]> replaced = new ArrayList<>();
            Matcher matcher = pattern.matcher(text);
            int at = 0;
            while (matcher.find()) {
                result.append(text, at, matcher.start());
                replaced.add(new int[] {matcher.start(), matcher.end(), result.length(), result.length() + MARKER.length()});
                result.append(MARKER);
                at = matcher.end();
            }
            result.append(text, at, text.length());
            return new Rewritten(result.toString(), replaced);
        }

        /** The same as a PostgreSQL regular expression: group 1 and 3 are what surrounds the name. */
        String postgresPattern() {
            List<String> escaped = forms.stream().map(f -> f.replaceAll("([^\\p{L}\\p{N} ])", "\\\\$1")).toList();
            return "(^|[^[:alnum:]])(" + String.join("|", escaped) + ")([^[:alnum:]]|$)";
        }
    }
}
