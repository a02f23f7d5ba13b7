package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.MissInput;
import nl.jobbranding.content.api.ScreeningFeedback;
import nl.jobbranding.content.api.ScreeningMiss;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.ScreeningMissEntity;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryRevisionEntity;
import nl.jobbranding.content.repository.DismissalRepository;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.ScreeningFeedbackRepository;
import nl.jobbranding.content.repository.ScreeningFeedbackRepository.Count;
import nl.jobbranding.content.repository.ScreeningFeedbackRepository.FeedbackFilter;
import nl.jobbranding.content.repository.ScreeningFeedbackRepository.FeedbackRow;
import nl.jobbranding.content.repository.ScreeningMissRepository;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.screening.Finding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Learning from reviewers: a community manager marks a span the pre-screen missed ("the screen missed this"), and the
 * dismissals and misses are read back across stories, counted per rule and value, and exported in the labelled corpus's
 * format so that real stories grow the corpus.
 */
@ApplicationScoped
public class ScreeningFeedbackService {

    /** The values the labelled corpus knows, and so the values a miss can be reported for. */
    public static final Set<String> CORPUS_VALUES = Set.of("careful", "just", "cost-conscious", "transparent", "tendentious",
            "language-level");
    private static final String MISS = "missed finding";

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final DismissalRepository dismissals;
    private final ScreeningMissRepository misses;
    private final ScreeningFeedbackRepository feedback;
    private final FeaturedPersonRepository people;
    private final AuditTrail audit;
    private final ContentMetrics metrics;
    private final EntityManager entityManager;
    private final Clock clock;

    ScreeningFeedbackService(StoryRepository stories, RevisionRepository revisions, DismissalRepository dismissals,
                             ScreeningMissRepository misses, ScreeningFeedbackRepository feedback, FeaturedPersonRepository people,
                             AuditTrail audit, ContentMetrics metrics, EntityManager entityManager, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.dismissals = dismissals;
        this.misses = misses;
        this.feedback = feedback;
        this.people = people;
        this.audit = audit;
        this.metrics = metrics;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Any community manager may report a miss on a screened revision of any story, in any state: it changes nothing about
     * the story's review, so it needs no claim, and misses are often seen only after publication.
     */
    @Transactional
    public ScreeningMiss report(UUID storyId, MissInput input, Actor actor) {
        StoryEntity story = Access.readableStory(stories, storyId, actor);
        int number = input.revision() == null ? story.revision : input.revision();
        StoryRevisionEntity revision = revisions.find(story.id, number)
                .orElseThrow(() -> ServiceException.invalid("revision", "the story has no revision " + number));
        if (revision.screening == null) {
            throw ServiceException.conflict("Not screened", "Revision " + number + " was never submitted, so the pre-screen "
                    + "never saw it; report a miss on a submitted revision.");
        }
        String text = text(revision.content, input.field());
        if (text == null) {
            throw ServiceException.invalid("field", "revision " + number + " has no " + input.field());
        }
        int start = input.start();
        int end = input.end();
        if (end > text.length()) {
            throw ServiceException.invalid("end", "must be at most " + text.length() + ", the length of the " + input.field()
                    + " in UTF-16 code units");
        }
        if (end <= start) {
            throw ServiceException.invalid("end", "must be greater than start (" + start + ")");
        }
        if (splitsCharacter(text, start)) {
            throw ServiceException.invalid("start", "falls inside a character (between the two halves of a surrogate pair)");
        }
        if (splitsCharacter(text, end)) {
            throw ServiceException.invalid("end", "falls inside a character (between the two halves of a surrogate pair)");
        }
        if (text.substring(start, end).isBlank()) {
            throw ServiceException.invalid("end", "the span holds only white space");
        }
        Optional<Finding> found = revision.screening.findings().stream().filter(f -> f.value().equals(input.value())
                && f.field().equals(input.field()) && f.start() < end && start < f.end()).findFirst();
        if (found.isPresent()) {
            throw ServiceException.conflict("Found by the screen", "The screen found this span for " + input.value()
                    + " already: finding '" + found.get().id() + "'.");
        }
        if (misses.same(story.id, number, input.field(), start, end, input.value()).isPresent()) {
            throw ServiceException.conflict("Reported already", "This span was reported as missed for " + input.value()
                    + " already.");
        }
        Instant now = clock.instant();
        ScreeningMissEntity miss = new ScreeningMissEntity();
        miss.storyId = story.id;
        miss.revision = number;
        miss.field = input.field();
        miss.start = start;
        miss.end = end;
        miss.value = input.value();
        miss.excerpt = text.substring(start, Math.min(end, start + (splitsCharacter(text, start + 200) ? 199 : 200)));
        miss.note = input.note().strip();
        miss.reportedBy = actor.id();
        miss.reportedAt = now;
        misses.persist(miss);
        // Value and place only: the text and the note may hold personal data and stay out of the append-only trail.
        audit.record(story, actor, Role.COMMUNITY_MANAGER, Action.REPORT_MISS, story.state, "Pre-screen missed " + miss.value
                + " at " + miss.field + ":" + start + "-" + end + " of revision " + number, now);
        Writes.flush(entityManager, MISS);
        metrics.missed(miss.value);
        return view(miss);
    }

    @Transactional
    public ScreeningMiss miss(UUID storyId, UUID missId, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        return misses.findByIdOptional(missId).filter(m -> m.storyId.equals(storyId)).map(ScreeningFeedbackService::view)
                .orElseThrow(() -> ServiceException.notFound(MISS, missId));
    }

    /** A page of dismissals and misses, oldest first. */
    @Transactional
    public Slice<ScreeningFeedback.Item> list(PageRequest page, FeedbackFilter filter, Actor actor) {
        requireAllStories(actor);
        Instant afterAt = null;
        String afterKey = null;
        if (page.after() != null) {
            String[] parts = page.after().split("\\|", 2);
            try {
                afterAt = Instant.parse(parts[0]);
                afterKey = parts[1];
            } catch (RuntimeException e) {
                throw ServiceException.invalidCursor();
            }
        }
        return Slice.of(feedback.pageAfter(afterAt, afterKey, filter, page.limit() + 1), page.limit(),
                row -> row.at() + "|" + row.sortKey(), ScreeningFeedbackService::item);
    }

    /** Findings and dismissals per rule, and findings, dismissals and misses per value, under the filter. */
    @Transactional
    public ScreeningFeedback.Counts counts(FeedbackFilter filter, Actor actor) {
        requireAllStories(actor);
        List<Count> all = new ArrayList<>(feedback.findingCounts(filter));
        all.addAll(feedback.feedbackCounts(filter));
        TreeMap<String, long[]> perRule = new TreeMap<>();
        TreeMap<String, long[]> perValue = new TreeMap<>();
        TreeMap<String, String> valueOfRule = new TreeMap<>();
        for (Count count : all) {
            int column = switch (count.kind()) {
                case "finding" -> 0;
                case "dismissal" -> 1;
                default -> 2;
            };
            perValue.computeIfAbsent(count.value(), v -> new long[3])[column] += count.count();
            if (count.rule() != null) {
                perRule.computeIfAbsent(count.rule(), r -> new long[3])[column] += count.count();
                valueOfRule.put(count.rule(), count.value());
            }
        }
        return new ScreeningFeedback.Counts(
                perRule.entrySet().stream().map(e -> new ScreeningFeedback.RuleCount(e.getKey(), valueOfRule.get(e.getKey()),
                        e.getValue()[0], e.getValue()[1])).toList(),
                perValue.entrySet().stream().map(e -> new ScreeningFeedback.ValueCount(e.getKey(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2])).toList());
    }

    /**
     * The revisions with feedback as labelled corpus entries, one per revision, in id order. A span is labelled when a
     * reviewer said the screen missed it, or the screen found it and nobody dismissed it; a dismissed finding is left
     * unlabelled (the screen should stay quiet there). Only the story's text is written, with the names of featured
     * people, author and contact person that occur in it (so the screen may treat them as consented); notes and reasons
     * are not. Stories featuring a person whose consent was withdrawn are left out, as are texts the format cannot hold.
     */
    @Transactional
    public Slice<String> corpus(PageRequest page, FeedbackFilter filter, Actor actor) {
        requireAllStories(actor);
        UUID afterStory = null;
        Integer afterRevision = null;
        if (page.after() != null) {
            String[] parts = page.after().split("\\|", 2);
            try {
                afterStory = UUID.fromString(parts[0]);
                afterRevision = Integer.valueOf(parts[1]);
            } catch (RuntimeException e) {
                throw ServiceException.invalidCursor();
            }
        }
        Slice<Object[]> keys = Slice.of(feedback.revisionsAfter(afterStory, afterRevision, filter, page.limit() + 1), page.limit(),
                row -> row[0] + "|" + row[1], row -> row);
        List<String> entries = new ArrayList<>();
        for (Object[] key : keys.items()) {
            entry((UUID) key[0], ((Number) key[1]).intValue(), actor).ifPresent(entries::add);
        }
        return new Slice<>(entries, keys.nextAfter());
    }

    private Optional<String> entry(UUID storyId, int number, Actor actor) {
        StoryEntity story = stories.findById(storyId);
        Access.requireRead(actor, story.unitCode, StoryService.WHAT);
        StoryRevisionEntity revision = revisions.find(storyId, number).orElseThrow();
        StoryContent content = revision.content;
        List<FeaturedPersonEntity> featured = people.withIds(content.featuredPeople() == null ? List.of() : content.featuredPeople());
        if (featured.stream().anyMatch(p -> p.withdrawnAt != null)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(featured.stream().map(p -> p.name).toList());
        names.add(content.author().name());
        if (content.contactPerson() != null) {
            names.add(content.contactPerson().name());
        }
        Set<String> dismissed = dismissals.ofRevision(storyId, number).stream().map(d -> d.key.findingId())
                .collect(Collectors.toSet());
        List<CorpusFormat.Label> labels = new ArrayList<>();
        misses.ofRevision(storyId, number).forEach(m -> labels.add(new CorpusFormat.Label(m.field, m.start, m.end, m.value)));
        revision.screening.findings().stream().filter(f -> !dismissed.contains(f.id()) && CORPUS_VALUES.contains(f.value()))
                .forEach(f -> labels.add(new CorpusFormat.Label(f.field(), f.start(), f.end(), f.value())));
        return CorpusFormat.entry("feedback-" + storyId + "-r" + number, story.unitSensitive, story.unitCode, content.channels(),
                names, content.title(), content.body(), labels);
    }

    private static void requireAllStories(Actor actor) {
        if (!actor.seesAllStories()) {
            throw ServiceException.forbidden("Screening feedback covers every unit's stories; only community and campaign "
                    + "managers may read it.");
        }
    }

    private static String text(StoryContent content, String field) {
        return switch (field) {
            case "title" -> content.title();
            case "summary" -> content.summary();
            default -> content.body();
        };
    }

    private static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static ScreeningMiss view(ScreeningMissEntity m) {
        return new ScreeningMiss(m.id, m.storyId, m.revision, m.field, m.start, m.end, m.value, m.excerpt, m.note, m.reportedAt);
    }

    private static ScreeningFeedback.Item item(FeedbackRow row) {
        boolean miss = row.kind().equals("miss");
        return new ScreeningFeedback.Item(row.kind(), row.storyId(), row.revision(), row.campaignId(), row.value(), row.rule(),
                row.findingId(), miss ? UUID.fromString(row.sortKey().substring(2)) : null, row.field(), row.start(), row.end(),
                row.excerpt(), row.note(), row.at());
    }
}
