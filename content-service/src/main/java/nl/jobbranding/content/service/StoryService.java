package nl.jobbranding.content.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Revision;
import nl.jobbranding.content.api.Screening;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.api.RevisionDiff;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.api.StoryCount;
import nl.jobbranding.content.api.StoryCounts;
import nl.jobbranding.content.api.StoryInput;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryRevisionEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.CommentRepository;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writing stories: a unit editor creates a story of their own unit and revises it while it is a draft or changes
 * were requested; every edit is a new revision, and any two revisions can be compared.
 */
@ApplicationScoped
public class StoryService {

    static final String WHAT = "story";
    /** Revisions a story keeps at most: every list and every story's history is bounded. */
    public static final int MAX_REVISIONS = 100;

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final FeaturedPersonRepository people;
    private final CommentRepository comments;
    private final StoryViews views;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final CampaignClient campaigns;
    private final Clock clock;

    StoryService(StoryRepository stories, RevisionRepository revisions, FeaturedPersonRepository people,
                 CommentRepository comments, StoryViews views, AuditTrail audit, EntityManager entityManager, ObjectMapper json,
                 CampaignClient campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.comments = comments;
        this.stories = stories;
        this.revisions = revisions;
        this.people = people;
        this.views = views;
        this.audit = audit;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    @ReadOnly
    public Slice<Story> list(PageRequest page, StoryRepository.StoryFilter filter, Actor actor) {
        StoryRepository.StoryFilter scoped = new StoryRepository.StoryFilter(filter.campaignId(), filter.seriesId(),
                Access.unitScope(actor, filter.unitCode()), filter.state(), filter.channelCode());
        return Slice.ofPage(stories.pageAfter(page.afterUuid(), scoped, page.limit() + 1), page.limit(), s -> s.id.toString(),
                rows -> views.stories(rows, actor));
    }

    /** How far back stories published per month are counted. */
    public static final int MAX_CADENCE_MONTHS = 24;

    /**
     * Story counts per series and state, and with {@code publishedFrom} the stories published per series and month;
     * unit editors count their own unit's stories only.
     */
    @ReadOnly
    public StoryCounts counts(List<UUID> seriesIds, java.time.YearMonth publishedFrom, Actor actor) {
        String unit = Access.unitScope(actor, null);
        List<StoryCount> counts = new ArrayList<>();
        for (Object[] row : stories.countsPerSeriesAndState(seriesIds, unit)) {
            counts.add(new StoryCount((UUID) row[0], StoryState.valueOf((String) row[1]), ((Number) row[2]).longValue()));
        }
        counts.sort(java.util.Comparator.comparing((StoryCount c) -> c.seriesId().toString()).thenComparing(StoryCount::state));
        if (publishedFrom == null) {
            return new StoryCounts(counts, null);
        }
        java.time.YearMonth now = java.time.YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC));
        if (publishedFrom.isBefore(now.minusMonths(MAX_CADENCE_MONTHS))) {
            throw ServiceException.invalid("publishedFrom", "must be at most " + MAX_CADENCE_MONTHS + " months back, such as "
                    + now.minusMonths(2));
        }
        List<StoryCounts.PublishedInMonth> published = new ArrayList<>();
        for (Object[] row : stories.publishedPerSeriesAndMonth(seriesIds,
                publishedFrom.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), unit)) {
            published.add(new StoryCounts.PublishedInMonth((UUID) row[0], java.time.YearMonth.parse((String) row[1]),
                    ((Number) row[2]).longValue()));
        }
        published.sort(java.util.Comparator.comparing((StoryCounts.PublishedInMonth p) -> p.seriesId().toString())
                .thenComparing(StoryCounts.PublishedInMonth::month));
        return new StoryCounts(counts, published);
    }

    @ReadOnly
    public Versioned<Story> get(UUID id, Actor actor) {
        return views.versioned(Access.readableStory(stories, id, actor), actor);
    }

    /**
     * Starts a story as a draft. The series is asked of campaign-service first (briefly, for the early warnings only),
     * before the transaction: no remote call while anything is locked.
     */
    public Versioned<Story> create(StoryInput input, Actor actor) {
        Access.requireEditorOf(actor, input.unitCode(), WHAT);
        Optional<SeriesRef> series = campaigns.seriesIfQuick(input.seriesId());
        return QuarkusTransaction.requiringNew().call(() -> createDraft(input, series.orElse(null), actor));
    }

    private Versioned<Story> createDraft(StoryInput input, SeriesRef series, Actor actor) {
        Instant now = clock.instant();
        List<FeaturedPersonEntity> featured = checkFeaturedPeople(input);
        StoryEntity story = new StoryEntity();
        story.seriesId = input.seriesId();
        story.unitCode = input.unitCode();
        story.state = StoryState.DRAFT;
        story.revision = 1;
        story.createdBy = actor.id();
        StoryChanges.setContent(story, input.content());
        stories.persist(story);
        addRevision(story, actor, now);
        audit.record(story, actor, Role.UNIT_EDITOR, Action.CREATE, null, null, now);
        Writes.flush(entityManager, WHAT);
        return warned(story, series, featured, actor, now);
    }

    /** The story as the actor sees it, with the early warnings on its content (none is an empty list). */
    private Versioned<Story> warned(StoryEntity story, SeriesRef series, List<FeaturedPersonEntity> featured, Actor actor,
                                    Instant now) {
        List<Screening.ScreeningFinding> warnings = EarlyWarnings.of(story.content, series, featured, now).stream()
                .map(f -> ScreeningService.finding(f, null)).toList();
        return new Versioned<>(views.story(story, actor).withWarnings(warnings), story.version);
    }

    /**
     * Saves the content as a new revision; identical content changes nothing. The series is asked of campaign-service
     * (briefly, for the early warnings only) before the story is locked.
     */
    public Versioned<Story> update(UUID id, IfMatch ifMatch, StoryInput input, Actor actor) {
        Optional<SeriesRef> series = campaigns.seriesIfQuick(input.seriesId());
        return QuarkusTransaction.requiringNew().call(() -> revise(id, ifMatch, input, series.orElse(null), actor));
    }

    private Versioned<Story> revise(UUID id, IfMatch ifMatch, StoryInput input, SeriesRef series, Actor actor) {
        StoryEntity story = stories.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireEditorOf(actor, story.unitCode, WHAT);
        IfMatch.check(ifMatch, WHAT, story.version);
        List<InvalidParam> fixed = new ArrayList<>();
        if (!story.seriesId.equals(input.seriesId())) {
            fixed.add(new InvalidParam("seriesId", "cannot change; it is " + story.seriesId));
        }
        if (!story.unitCode.equals(input.unitCode())) {
            fixed.add(new InvalidParam("unitCode", "cannot change; it is " + story.unitCode));
        }
        if (!fixed.isEmpty()) {
            throw ServiceException.invalid(fixed);
        }
        if (!StoryViews.editable(story)) {
            throw ServiceException.conflict("Not editable", "A story can be edited as a draft, when changes were requested, "
                    + "or as a correction while it is published; this one is " + story.state + ".");
        }
        if (input.content().equals(story.content)) {
            return warned(story, series, checkFeaturedPeople(input), actor, clock.instant());
        }
        int last = revisions.lastNumber(story.id);
        if (last >= MAX_REVISIONS) {
            throw ServiceException.conflict("Too many revisions", "A story keeps at most " + MAX_REVISIONS + " revisions; "
                    + "this one has them all. Start a new story for a new text.");
        }
        List<FeaturedPersonEntity> featured = checkFeaturedPeople(input);
        Instant now = clock.instant();
        StoryState from = story.state;
        // After a rejected correction the current revision is the published one, and a later one exists.
        story.revision = last + 1;
        StoryChanges.setContent(story, input.content());
        addRevision(story, actor, now);
        if (from == StoryState.PUBLISHED) {
            // A correction: a draft again, while the public keeps reading the published revision.
            story.state = StoryState.DRAFT;
            story.stateReason = null;
        }
        audit.record(story, actor, Role.UNIT_EDITOR, Action.REVISE, from, null, now);
        Writes.flush(entityManager, WHAT);
        return warned(story, series, featured, actor, now);
    }

    /**
     * Deletes a draft that was never submitted, with its revisions and comments; its audit trail stays, ending with the
     * deletion. A story that was ever submitted is part of the moderation record and is withdrawn or archived instead.
     */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch, Actor actor) {
        StoryEntity story = stories.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireRead(actor, story.unitCode, WHAT);
        Access.requireEditorOf(actor, story.unitCode, WHAT);
        IfMatch.checkIfGiven(ifMatch, WHAT, story.version);
        if (story.state != StoryState.DRAFT || story.submittedAt != null) {
            throw ServiceException.conflict("Not a new draft", "Only a draft that was never submitted can be deleted; this "
                    + "story is " + story.state + (story.submittedAt == null ? "" : " and was submitted") + ". A campaign "
                    + "manager withdraws or archives it instead.");
        }
        Instant now = clock.instant();
        StoryState from = story.state;
        story.state = StoryState.DELETED;
        audit.record(story, actor, Role.UNIT_EDITOR, Action.DELETE, from, null, now);
        comments.delete("storyId", id);
        revisions.delete("key.storyId", id);
        stories.delete(story);
        Writes.flush(entityManager, WHAT);
    }

    @ReadOnly
    public Slice<Revision> revisions(UUID id, PageRequest page, Actor actor) {
        Access.readableStory(stories, id, actor);
        int after = page.after() == null ? 0 : revisionKey(page.after());
        return Slice.of(revisions.ofStory(id, after, page.limit() + 1), page.limit(), r -> Integer.toString(r.key.number()),
                ApiMapper::toApi);
    }

    @ReadOnly
    public Revision revision(UUID id, int number, Actor actor) {
        Access.readableStory(stories, id, actor);
        return ApiMapper.toApi(findRevision(id, number));
    }

    /**
     * What changed from revision {@code from} to revision {@code to}. The two revisions are read in a short
     * transaction; the comparison, whose cost grows with the texts, is made after it, holding no connection.
     */
    public RevisionDiff diff(UUID id, int to, Integer from, Actor actor) {
        int older = from == null ? to - 1 : from;
        StoryContent[] pair = QuarkusTransaction.requiringNew().call(() -> {
            Access.readableStory(stories, id, actor);
            if (older < 1) {
                throw ServiceException.invalid("from", "revision 1 is the first; compare it with a later one");
            }
            return new StoryContent[] {findRevision(id, older).content, findRevision(id, to).content};
        });
        StoryContent before = pair[0];
        StoryContent after = pair[1];
        List<RevisionDiff.FieldChange> changes = new ArrayList<>();
        compare("", json.valueToTree(before), json.valueToTree(after), changes);
        List<String> bodyDiff = Objects.equals(before.body(), after.body()) ? List.of()
                : BodyDiff.unified("revision " + older, "revision " + to, before.body(), after.body());
        return new RevisionDiff(older, to, changes, bodyDiff);
    }

    private void compare(String prefix, JsonNode a, JsonNode b, List<RevisionDiff.FieldChange> changes) {
        Set<String> names = new TreeSet<>();
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode before = a.get(name);
            JsonNode after = b.get(name);
            boolean hadValue = before != null && !before.isNull();
            boolean hasValue = after != null && !after.isNull();
            String path = prefix + name;
            if (hadValue && hasValue && before.isObject() && after.isObject()) {
                compare(path + ".", before, after, changes);
            } else if (hadValue && !hasValue) {
                changes.add(new RevisionDiff.FieldChange(path, "removed", before, null));
            } else if (!hadValue && hasValue) {
                changes.add(new RevisionDiff.FieldChange(path, "added", null, after));
            } else if (hadValue && !before.equals(after)) {
                changes.add(new RevisionDiff.FieldChange(path, "changed", before, after));
            }
        }
    }

    private void addRevision(StoryEntity story, Actor actor, Instant now) {
        StoryRevisionEntity revision = new StoryRevisionEntity();
        revision.key = new StoryRevisionEntity.Key(story.id, story.revision);
        revision.content = story.content;
        revision.createdBy = actor.id();
        revision.createdByName = actor.name();
        revision.createdAt = now;
        revisions.persist(revision);
    }

    /** Featured people must exist and belong to the story's unit; duplicates are refused. */
    private List<FeaturedPersonEntity> checkFeaturedPeople(StoryInput input) {
        List<UUID> ids = input.content().featuredPeople() == null ? List.of() : input.content().featuredPeople();
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw ServiceException.invalid("content.featuredPeople", "names a person more than once");
        }
        List<InvalidParam> problems = new ArrayList<>();
        List<FeaturedPersonEntity> featured = FeaturedPeople.ofUnit(people, input.unitCode(), ids, problems);
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
        return featured;
    }

    private StoryRevisionEntity findRevision(UUID id, int number) {
        return revisions.find(id, number).orElseThrow(() -> ServiceException.notFound("revision", id + "/" + number));
    }

    private static int revisionKey(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ServiceException.invalidCursor();
        }
    }
}
