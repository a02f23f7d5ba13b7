package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Appeal;
import nl.jobbranding.content.api.AppealCounts;
import nl.jobbranding.content.api.AppealDecisionInput;
import nl.jobbranding.content.api.AppealInput;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.AppealEntity;
import nl.jobbranding.content.model.AppealOutcome;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AppealRepository;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appeals: the unit's editors appeal the story's latest decision when it rejected the story or requested changes,
 * once per decision; a community manager who did not take that decision, or a campaign manager, decides. Overturned,
 * the story goes back to the queue unchanged; upheld, the decision stands. Both steps lock the story first (as every
 * workflow step does) and are one audit entry each, which names the decision by its outcome only: the reasons may name
 * people and stay with the appeal.
 */
@ApplicationScoped
public class AppealService {

    static final String WHAT = "appeal";

    private final StoryChanges changes;
    private final StoryRepository stories;
    private final ReviewRepository reviews;
    private final AppealRepository appeals;
    private final AuditTrail audit;
    private final Events events;
    private final EntityManager entityManager;
    private final Clock clock;

    AppealService(StoryChanges changes, StoryRepository stories, ReviewRepository reviews, AppealRepository appeals,
                  AuditTrail audit, Events events, EntityManager entityManager, Clock clock) {
        this.events = events;
        this.changes = changes;
        this.stories = stories;
        this.reviews = reviews;
        this.appeals = appeals;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Versioned<Appeal> appeal(UUID storyId, AppealInput input, Actor actor) {
        StoryEntity story = changes.lock(storyId).orElseThrow(() -> ServiceException.notFound(StoryChanges.WHAT, storyId));
        Access.requireRead(actor, story.unitCode, StoryChanges.WHAT);
        Access.requireEditorOf(actor, story.unitCode, WHAT);
        ReviewEntity review = reviews.findByIdOptional(input.reviewId()).filter(r -> r.storyId.equals(storyId))
                .orElseThrow(() -> ServiceException.invalid("reviewId", "is not a review of story " + storyId));
        if (review.decision == Decision.APPROVE) {
            throw ServiceException.invalid("reviewId", "is an approval; only a rejection or a request for changes can be appealed");
        }
        if (appeals.ofReview(review.id).isPresent()) {
            throw ServiceException.conflict("Appealed already", "This decision was appealed already; a decision can be "
                    + "appealed once.");
        }
        if (!stillInForce(story, review)) {
            throw ServiceException.conflict("Decision no longer in force", "The story moved on since this decision (it is "
                    + story.state + " at revision " + story.revision + "); only the decision the story is in can be appealed.");
        }
        Instant now = clock.instant();
        AppealEntity appeal = new AppealEntity();
        appeal.storyId = story.id;
        appeal.reviewId = review.id;
        appeal.decision = review.decision;
        appeal.appealedBy = actor.id();
        appeal.appealedByName = actor.name();
        appeal.reasons = input.reasons().strip();
        appeals.persist(appeal);
        audit.record(story, actor, Role.UNIT_EDITOR, Action.APPEAL, story.state, "Appeal against the " + review.decision
                + " decision of review " + review.id + ".", now);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(ApiMapper.toApi(appeal), appeal.version);
    }

    @Transactional
    public Versioned<Appeal> decide(UUID storyId, UUID appealId, IfMatch ifMatch, AppealDecisionInput input, Actor actor) {
        StoryEntity story = changes.lock(storyId).orElseThrow(() -> ServiceException.notFound(StoryChanges.WHAT, storyId));
        AppealEntity appeal = appeals.findForUpdate(appealId).filter(a -> a.storyId.equals(storyId))
                .orElseThrow(() -> ServiceException.notFound(WHAT, appealId));
        Role role = actor.has(Role.COMMUNITY_MANAGER) ? Role.COMMUNITY_MANAGER : Role.CAMPAIGN_MANAGER;
        if (!actor.has(role)) {
            throw ServiceException.forbidden("Only community managers and campaign managers decide appeals.");
        }
        IfMatch.check(ifMatch, WHAT, appeal.version, appeal.outcome == null ? "open" : appeal.outcome.toString());
        if (appeal.outcome != null) {
            throw ServiceException.conflict("Appeal decided", "This appeal was decided already: " + appeal.outcome + ".");
        }
        ReviewEntity review = reviews.findById(appeal.reviewId);
        if (actor.id().equals(review.reviewerId)) {
            throw ServiceException.forbidden("You took the decision appealed against; another community manager or a "
                    + "campaign manager decides the appeal.");
        }
        changes.requireNotWriter(story, actor);
        Instant now = clock.instant();
        StoryState from = story.state;
        if (input.outcome() == AppealOutcome.OVERTURNED) {
            if (!stillInForce(story, review)) {
                throw ServiceException.conflict("Decision no longer in force", "The story moved on since the decision "
                        + "appealed against (it is " + story.state + " at revision " + story.revision + "), so there is "
                        + "nothing to overturn; uphold the appeal or let the unit submit the story again.");
            }
            changes.allowedRole(story, Action.DECIDE_APPEAL, actor);
            story.state = StoryState.SUBMITTED;
            story.stateReason = null;
            story.clearClaim();
        }
        appeal.outcome = input.outcome();
        appeal.decidedBy = actor.id();
        appeal.decidedByName = actor.name();
        appeal.outcomeReasons = input.reasons().strip();
        appeal.decidedAt = now;
        audit.record(story, actor, role, Action.DECIDE_APPEAL, from, "Appeal " + input.outcome() + ".", now);
        events.appealDecided(story, appeal, from, now);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(ApiMapper.toApi(appeal), appeal.version);
    }

    @Transactional
    public Slice<Appeal> list(UUID storyId, PageRequest page, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        return Slice.of(appeals.pageOfStory(storyId, page.afterUuid(), page.limit() + 1), page.limit(), a -> a.id.toString(),
                ApiMapper::toApi);
    }

    @Transactional
    public Versioned<Appeal> get(UUID storyId, UUID appealId, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        AppealEntity appeal = appeals.findByIdOptional(appealId).filter(a -> a.storyId.equals(storyId))
                .orElseThrow(() -> ServiceException.notFound(WHAT, appealId));
        return new Versioned<>(ApiMapper.toApi(appeal), appeal.version);
    }

    /** Appeals and their outcomes counted, for the transparency log: numbers only. */
    @Transactional
    public AppealCounts counts(UUID campaignId) {
        return counted(appeals.counts(campaignId));
    }

    /** Appeals counted from rows of decision appealed against, outcome (null: waiting) and number of appeals. */
    static AppealCounts counted(List<Object[]> rows) {
        Map<Decision, long[]> per = new EnumMap<>(Decision.class);
        for (Object[] row : rows) {
            long[] c = per.computeIfAbsent((Decision) row[0], d -> new long[4]);
            long n = (Long) row[2];
            c[0] += n;
            AppealOutcome outcome = (AppealOutcome) row[1];
            c[outcome == null ? 1 : outcome == AppealOutcome.UPHELD ? 2 : 3] += n;
        }
        long[] total = new long[4];
        List<AppealCounts.Count> perDecision = new ArrayList<>();
        for (Decision decision : List.of(Decision.REJECT, Decision.REQUEST_CHANGES)) {
            long[] c = per.getOrDefault(decision, new long[4]);
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
            perDecision.add(new AppealCounts.Count(decision, c[0], c[1], c[2], c[3]));
        }
        perDecision.sort(Comparator.comparing(c -> c.decision().toString()));
        return new AppealCounts(new AppealCounts.Count(null, total[0], total[1], total[2], total[3]), perDecision);
    }

    /** The story is still where this decision left it: the decision's state, at the revision it decided on, not resubmitted. */
    private static boolean stillInForce(StoryEntity story, ReviewEntity review) {
        StoryState left = review.decision == Decision.REJECT ? StoryState.REJECTED : StoryState.CHANGES_REQUESTED;
        return story.state == left && story.revision == review.revision
                && (story.submittedAt == null || !review.decidedAt.isBefore(story.submittedAt));
    }
}
