package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.Verdict;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.screening.Finding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Review decisions: the community manager holding the claim gives a verdict per value and channel and approves,
 * requests changes or rejects, in one transaction with the story locked: of two people deciding at once, exactly one
 * wins and the other gets 412 with the current version.
 */
@ApplicationScoped
public class DecisionService {

    private final StoryChanges changes;
    private final ReviewRepository reviews;
    private final StoryViews views;
    private final ScreeningService screening;
    private final ContentMetrics metrics;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    DecisionService(StoryChanges changes, ReviewRepository reviews, StoryViews views, ScreeningService screening,
                    ContentMetrics metrics, AuditTrail audit, EntityManager entityManager, Clock clock) {
        this.changes = changes;
        this.reviews = reviews;
        this.views = views;
        this.screening = screening;
        this.metrics = metrics;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A decision taken: the review, and the story's state and version after it. */
    record Decided(Review review, StoryState state, long version) {
    }

    /** Records a review of the current revision and takes its decision. */
    @Transactional
    public Versioned<Review> review(UUID id, IfMatch ifMatch, ReviewInput input, Actor actor) {
        Decided decided = decide(id, ifMatch, story -> input, actor);
        return new Versioned<>(decided.review(), decided.version());
    }

    /**
     * Records a review and takes its decision; the input is made from the locked story (a bulk decision fills in the
     * verdicts it left out from the story's own values and channels).
     */
    @Transactional
    Decided decide(UUID id, IfMatch ifMatch, Function<StoryEntity, ReviewInput> inputFor, Actor actor) {
        StoryEntity story = changes.lock(id).orElseThrow(() -> ServiceException.notFound(StoryChanges.WHAT, id));
        Access.requireRead(actor, story.unitCode, StoryChanges.WHAT);
        ReviewInput input = inputFor.apply(story);
        Action action = input.decision().action();
        StoryChanges.requireSomeRole(story, action, actor);
        IfMatch.check(ifMatch, StoryChanges.WHAT, story.version, story.state.toString());
        Instant now = clock.instant();
        changes.allowedRole(story, action, actor);
        StoryChanges.requireClaimHolder(story, actor, now);
        changes.requireNotWriter(story, actor);
        if (input.revision() != story.revision) {
            throw ServiceException.conflict("Not the current revision", "Revision " + input.revision() + " is not the story's "
                    + "current revision " + story.revision + "; review the current one.");
        }
        String reasons = Texts.blankToNull(input.reasons());
        checkInput(story, input, reasons);
        StoryState from = story.state;
        boolean correctionRejected = input.decision() == Decision.REJECT && story.live();
        if (input.decision() == Decision.APPROVE) {
            approve(story, actor, now);
        } else if (correctionRejected) {
            // A correction rejected: the published revision stays live (and below becomes the current one again).
            story.state = StoryState.PUBLISHED;
            story.minorCorrection = false;
            story.stateReason = reasons;
        } else {
            story.state = input.decision() == Decision.REJECT ? StoryState.REJECTED : StoryState.CHANGES_REQUESTED;
            story.stateReason = reasons;
        }
        story.clearClaim();
        ReviewEntity review = new ReviewEntity();
        review.storyId = story.id;
        review.revision = story.revision;
        review.reviewerId = actor.id();
        review.reviewerName = actor.name();
        review.decision = input.decision();
        review.reasons = reasons;
        review.verdicts = new ReviewEntity.Verdicts(List.copyOf(input.values()), List.copyOf(input.channels()));
        review.decidedAt = now;
        reviews.persist(review);
        if (story.submittedAt != null) {
            metrics.reviewed(input.decision(), Duration.between(story.submittedAt, now));
        }
        audit.record(story, actor, Role.COMMUNITY_MANAGER, action, from, reasons, now);
        if (correctionRejected) {
            changes.backToPublished(story);
        }
        Writes.flush(entityManager, StoryChanges.WHAT);
        return new Decided(ApiMapper.toApi(review), story.state, story.version);
    }

    private void approve(StoryEntity story, Actor actor, Instant now) {
        changes.requireConsents(story, now);
        List<Finding> blocking = screening.openBlocking(story);
        if (!blocking.isEmpty()) {
            throw ServiceException.conflict("Blocking findings", "The pre-screen found " + blocking.size() + " block finding(s) "
                    + "that nobody dismissed: " + blocking.stream().map(Finding::id).toList() + ". Request changes, or "
                    + "dismiss each with a reason at /stories/" + story.id + "/screening/dismissals.");
        }
        List<ReviewEntity> earlier = views.approvals(story);
        if (earlier.stream().anyMatch(r -> r.reviewerId.equals(actor.id()))) {
            throw ServiceException.forbidden("You approved this revision already; a second approval must come from "
                    + "another community manager.");
        }
        boolean enough = earlier.size() + 1 >= story.approvalsNeeded;
        story.stateReason = null;
        if (enough && story.live()) {
            // A correction approved: its revision replaces the published text at once.
            story.state = StoryState.PUBLISHED;
            story.publishedRevision = story.revision;
            story.minorCorrection = false;
        } else {
            story.state = enough ? StoryState.APPROVED : StoryState.SUBMITTED;
        }
    }

    private static void checkInput(StoryEntity story, ReviewInput input, String reasons) {
        List<InvalidParam> problems = new ArrayList<>();
        checkVerdicts("values", input.values(), ReviewInput.ValueVerdict::value, ReviewInput.ValueVerdict::verdict,
                ReviewInput.ValueVerdict::explanation, "value", story.reviewValues.stream().map(StoryEntity.ReviewValue::code).toList(),
                problems);
        checkVerdicts("channels", input.channels(), ReviewInput.ChannelVerdict::channel, ReviewInput.ChannelVerdict::verdict,
                ReviewInput.ChannelVerdict::explanation, "channel", story.content.channels(), problems);
        if (input.decision() == Decision.APPROVE) {
            boolean allMet = input.values().stream().allMatch(v -> v.verdict() == Verdict.MEETS)
                    && input.channels().stream().allMatch(c -> c.verdict() == Verdict.MEETS);
            if (!allMet) {
                problems.add(new InvalidParam("decision", "approve is possible only when every value and channel verdict is 'meets'"));
            }
        } else if (reasons == null) {
            problems.add(new InvalidParam("reasons", "required when the decision is " + input.decision()));
        }
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
    }

    /** Every verdict names a known item once, every known item has a verdict, and a non-'meets' verdict is explained. */
    private static <V> void checkVerdicts(String field, List<V> verdicts, Function<V, String> code, Function<V, Verdict> verdict,
                                          Function<V, String> explanation, String what, List<String> expected,
                                          List<InvalidParam> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < verdicts.size(); i++) {
            V v = verdicts.get(i);
            String c = code.apply(v);
            if (!expected.contains(c)) {
                problems.add(new InvalidParam(field + "[" + i + "]." + what, "'" + c + "' is not one of " + expected));
            } else if (!seen.add(c)) {
                problems.add(new InvalidParam(field + "[" + i + "]." + what, "'" + c + "' has a verdict already"));
            }
            if (verdict.apply(v) != Verdict.MEETS && Texts.blankToNull(explanation.apply(v)) == null) {
                problems.add(new InvalidParam(field + "[" + i + "].explanation", "required when the verdict is " + verdict.apply(v)));
            }
        }
        List<String> missing = expected.stream().filter(e -> !seen.contains(e)).toList();
        if (!missing.isEmpty()) {
            problems.add(new InvalidParam(field, "a verdict is missing for " + missing));
        }
    }
}
