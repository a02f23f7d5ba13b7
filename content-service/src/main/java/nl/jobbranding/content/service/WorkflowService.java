package nl.jobbranding.content.service;

import nl.jobbranding.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.TransitionInput;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.CampaignRef;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.client.UnitRef;
import nl.jobbranding.content.config.ContentConfig;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.Verdict;
import nl.jobbranding.content.model.Workflow;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.StoryRepository;
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
 * The moderation workflow: moves stories along {@link Workflow#TRANSITIONS}, takes review decisions, and records
 * every step in the audit trail. Each step locks the story, checks the client's version (If-Match), and writes the
 * new state, the review and the audit entry in one transaction: of two people deciding at once, exactly one wins and
 * the other gets 412 with the current version.
 */
@ApplicationScoped
public class WorkflowService {

    private static final String WHAT = StoryService.WHAT;
    private static final Set<Action> BY_REVIEW = Set.of(Action.APPROVE, Action.REQUEST_CHANGES, Action.REJECT);
    private static final Set<Action> NOT_BY_REQUEST = Set.of(Action.CREATE, Action.REVISE, Action.EXPIRE, Action.DISMISS_FINDING);

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final FeaturedPersonRepository people;
    private final CampaignClient campaigns;
    private final StoryViews views;
    private final ScreeningService screening;
    private final ContentMetrics metrics;
    private final AuditTrail audit;
    private final ContentConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    WorkflowService(StoryRepository stories, RevisionRepository revisions, ReviewRepository reviews,
                    FeaturedPersonRepository people, CampaignClient campaigns, StoryViews views, ScreeningService screening,
                    ContentMetrics metrics, AuditTrail audit, ContentConfig config, EntityManager entityManager, Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.reviews = reviews;
        this.people = people;
        this.campaigns = campaigns;
        this.views = views;
        this.screening = screening;
        this.metrics = metrics;
        this.audit = audit;
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Versioned<Story> transition(UUID id, IfMatch ifMatch, TransitionInput input, Actor actor) {
        Action action = input.action();
        if (BY_REVIEW.contains(action)) {
            throw ServiceException.invalid("action", "'" + action + "' is decided by posting a review to /stories/" + id + "/reviews");
        }
        if (NOT_BY_REQUEST.contains(action)) {
            throw ServiceException.invalid("action", "'" + action + "' is not a transition a client can request");
        }
        StoryEntity story = lockedForChange(id, ifMatch, actor);
        Instant now = clock.instant();
        Role role = allowedRole(story, action, actor);
        StoryState from = story.state;
        String reason = Texts.blankToNull(input.reason());
        switch (action) {
            case SUBMIT -> submit(story, actor, now);
            case CLAIM -> claim(story, actor, now);
            case RELEASE -> {
                requireClaimHolder(story, actor, now);
                story.clearClaim();
                story.state = StoryState.SUBMITTED;
            }
            case SCHEDULE -> schedule(story, input, now);
            case UNSCHEDULE -> {
                story.publishAt = null;
                story.expiresAt = null;
                story.state = StoryState.APPROVED;
            }
            case PUBLISH -> publishNow(story, input.expiresAt(), now);
            case WITHDRAW -> {
                if (reason == null) {
                    throw ServiceException.invalid("reason", "a withdrawal needs a reason");
                }
                withdraw(story, reason);
            }
            case ARCHIVE -> story.state = StoryState.ARCHIVED;
            default -> throw new IllegalStateException("Unhandled action " + action);
        }
        audit.record(story, actor, role, action, from, reason, now);
        Writes.flush(entityManager, WHAT);
        return views.versioned(story, actor);
    }

    /** Records a review of the current revision and takes its decision. */
    @Transactional
    public Versioned<Review> review(UUID id, IfMatch ifMatch, ReviewInput input, Actor actor) {
        StoryEntity story = lockedForChange(id, ifMatch, actor);
        Instant now = clock.instant();
        Action action = input.decision().action();
        allowedRole(story, action, actor);
        requireClaimHolder(story, actor, now);
        requireNotWriter(story, actor);
        if (input.revision() != story.revision) {
            throw ServiceException.conflict("Not the current revision", "Revision " + input.revision() + " is not the story's "
                    + "current revision " + story.revision + "; review the current one.");
        }
        List<InvalidParam> problems = new ArrayList<>();
        checkVerdicts("values", input.values(), ReviewInput.ValueVerdict::value, ReviewInput.ValueVerdict::verdict,
                ReviewInput.ValueVerdict::explanation, "value", story.reviewValues.stream().map(StoryEntity.ReviewValue::code).toList(),
                problems);
        checkVerdicts("channels", input.channels(), ReviewInput.ChannelVerdict::channel, ReviewInput.ChannelVerdict::verdict,
                ReviewInput.ChannelVerdict::explanation, "channel", story.content.channels(), problems);
        String reasons = Texts.blankToNull(input.reasons());
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
        StoryState from = story.state;
        if (input.decision() == Decision.APPROVE) {
            requireConsents(story, now);
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
            story.state = earlier.size() + 1 >= story.approvalsNeeded ? StoryState.APPROVED : StoryState.SUBMITTED;
            story.stateReason = null;
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
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(ApiMapper.toApi(review), story.version);
    }

    /** Ids of scheduled stories whose time has come and published stories whose expiry has come. */
    @Transactional
    public Due due() {
        Instant now = clock.instant();
        return new Due(stories.dueForPublication(now), stories.dueForExpiry(now));
    }

    /** Stories the clock has made due. */
    public record Due(List<UUID> toPublish, List<UUID> toExpire) {
    }

    /** Publishes a scheduled story whose time has come; withdraws it instead when a consent no longer holds. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publishIfDue(UUID id) {
        Instant now = clock.instant();
        StoryEntity story = stories.findForUpdate(id).orElse(null);
        if (story == null || story.state != StoryState.SCHEDULED || story.publishAt == null || story.publishAt.isAfter(now)) {
            return;
        }
        StoryState from = story.state;
        String problem = consentProblem(story, now);
        if (problem != null) {
            withdraw(story, "Not published: " + problem + ".");
            audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.WITHDRAW, from, story.stateReason, now);
            return;
        }
        story.state = StoryState.PUBLISHED;
        story.publishedAt = now;
        audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.PUBLISH, from, "Scheduled for " + story.publishAt + ".", now);
    }

    /** Archives a published story whose expiry has come. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expireIfDue(UUID id) {
        Instant now = clock.instant();
        StoryEntity story = stories.findForUpdate(id).orElse(null);
        if (story == null || story.state != StoryState.PUBLISHED || story.expiresAt == null || story.expiresAt.isAfter(now)) {
            return;
        }
        story.state = StoryState.ARCHIVED;
        audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.EXPIRE, StoryState.PUBLISHED, "Expired at " + story.expiresAt + ".", now);
    }

    /**
     * Withdraws every published or scheduled story featuring one of these people, in the caller's transaction.
     *
     * @return the ids of the stories withdrawn
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> withdrawFeaturing(List<UUID> personIds, String reason) {
        Instant now = clock.instant();
        List<UUID> withdrawn = new ArrayList<>();
        for (UUID storyId : stories.goingOutWith(personIds)) {
            StoryEntity story = stories.findForUpdate(storyId).orElseThrow();
            StoryState from = story.state;
            if (from != StoryState.PUBLISHED && from != StoryState.SCHEDULED) {
                continue;
            }
            withdraw(story, reason);
            audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.WITHDRAW, from, reason, now);
            withdrawn.add(story.id);
        }
        return withdrawn;
    }

    private StoryEntity lockedForChange(UUID id, IfMatch ifMatch, Actor actor) {
        StoryEntity story = stories.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireRead(actor, story.unitCode, WHAT);
        IfMatch.check(ifMatch, WHAT, story.version, story.state.toString());
        return story;
    }

    /** The role in which the actor may take this action from the story's state; refuses otherwise. */
    private Role allowedRole(StoryEntity story, Action action, Actor actor) {
        List<Workflow.Transition> moves = Workflow.find(action, story.state);
        if (moves.isEmpty()) {
            throw ServiceException.conflict("Invalid transition", "A story that is " + story.state + " cannot " + action
                    + "; from " + story.state + " the workflow allows: " + Workflow.actionsFrom(story.state) + ".");
        }
        Set<Role> roles = new HashSet<>();
        moves.forEach(m -> roles.addAll(m.roles()));
        roles.remove(Role.SYSTEM);
        Role role = roles.stream().filter(actor::has).sorted().findFirst().orElseThrow(() -> ServiceException.forbidden(
                "Only " + roles.stream().sorted().toList() + " may " + action + " a story that is " + story.state + "."));
        if (role == Role.UNIT_EDITOR) {
            Access.requireEditorOf(actor, story.unitCode, WHAT);
        }
        return role;
    }

    private void submit(StoryEntity story, Actor actor, Instant now) {
        SeriesRef series = campaigns.series(story.seriesId).orElseThrow(() -> ServiceException.conflict("Unknown series",
                "campaign-service has no series '" + story.seriesId + "'; the story cannot be submitted."));
        if (!series.active()) {
            throw ServiceException.conflict("Series not active", "The series '" + series.name() + "' is " + series.status()
                    + "; only stories of an active series can be submitted.");
        }
        if (!series.unitCode().equals(story.unitCode)) {
            throw ServiceException.conflict("Series of another unit", "The series '" + series.name() + "' belongs to unit "
                    + series.unitCode() + ", not to " + story.unitCode + ".");
        }
        Set<String> offSeries = new HashSet<>(story.channelCodes);
        offSeries.removeAll(series.channels());
        if (!offSeries.isEmpty()) {
            throw ServiceException.conflict("Channels outside the series", "The story is meant for " + offSeries.stream().sorted().toList()
                    + ", which the series '" + series.name() + "' does not use; it uses " + series.channels() + ".");
        }
        CampaignRef campaign = campaigns.campaign(series.campaignId()).orElseThrow(() -> ServiceException.conflict(
                "Unknown campaign", "campaign-service has no campaign '" + series.campaignId() + "'."));
        if (!campaign.active()) {
            throw ServiceException.conflict("Campaign not active", "The campaign '" + campaign.name() + "' is " + campaign.status() + ".");
        }
        UnitRef unit = campaigns.unit(story.unitCode).orElseThrow(() -> ServiceException.conflict("Unknown unit",
                "campaign-service has no unit '" + story.unitCode + "'."));
        requireConsents(story, now);
        story.campaignId = campaign.id();
        story.unitSensitive = unit.sensitive();
        story.approvalsNeeded = unit.sensitive() ? config.review().sensitiveApprovals() : 1;
        story.reviewValues = campaign.values().stream().map(v -> new StoryEntity.ReviewValue(v.code(), v.name())).toList();
        screening.screenSubmission(story, unit, campaign);
        story.submittedAt = now;
        story.stateReason = null;
        story.clearClaim();
        story.state = StoryState.SUBMITTED;
    }

    private void claim(StoryEntity story, Actor actor, Instant now) {
        requireNotWriter(story, actor);
        if (story.claimLive(now) && !actor.id().equals(story.claimedBy)) {
            throw ServiceException.conflict("Claimed", "The story is being reviewed by " + story.claimedByName + " until "
                    + story.claimedUntil + ".");
        }
        if (views.approvals(story).stream().anyMatch(r -> r.reviewerId.equals(actor.id()))) {
            throw ServiceException.forbidden("You approved this revision already; the second approval must come from another "
                    + "community manager.");
        }
        story.claimedBy = actor.id();
        story.claimedByName = actor.name();
        story.claimedUntil = now.plus(config.review().claimDuration());
        story.state = StoryState.IN_REVIEW;
    }

    private void schedule(StoryEntity story, TransitionInput input, Instant now) {
        if (input.publishAt() == null || !input.publishAt().isAfter(now)) {
            throw ServiceException.invalid("publishAt", "must be a time in the future");
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(input.publishAt())) {
            throw ServiceException.invalid("expiresAt", "must be after publishAt");
        }
        requireConsents(story, now);
        story.publishAt = input.publishAt();
        story.expiresAt = input.expiresAt();
        story.state = StoryState.SCHEDULED;
    }

    private void publishNow(StoryEntity story, Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ServiceException.invalid("expiresAt", "must be a time in the future");
        }
        requireConsents(story, now);
        story.publishedAt = now;
        story.publishAt = null;
        story.expiresAt = expiresAt;
        story.state = StoryState.PUBLISHED;
    }

    private static void withdraw(StoryEntity story, String reason) {
        story.state = StoryState.WITHDRAWN;
        story.stateReason = reason;
        story.clearClaim();
    }

    static void requireClaimHolder(StoryEntity story, Actor actor, Instant now) {
        if (!story.claimLive(now) || !actor.id().equals(story.claimedBy)) {
            String holder = story.claimLive(now) ? "It is claimed by " + story.claimedByName + " until " + story.claimedUntil + "."
                    : "Nobody holds a live claim on it.";
            throw ServiceException.conflict("Claim required", "Only the community manager who holds the claim may do this. "
                    + holder + " Claim the story first.");
        }
    }

    /** Four eyes: nobody reviews a story they wrote (any revision of it). */
    private void requireNotWriter(StoryEntity story, Actor actor) {
        if (actor.id().equals(story.createdBy) || revisions.writers(story.id).contains(actor.id())) {
            throw ServiceException.forbidden("You wrote (a revision of) this story; another community manager must review it.");
        }
    }

    private void requireConsents(StoryEntity story, Instant now) {
        String problem = consentProblem(story, now);
        if (problem != null) {
            throw ServiceException.conflict("Consent missing", "The story cannot go on: " + problem + ".");
        }
    }

    private String consentProblem(StoryEntity story, Instant now) {
        for (FeaturedPersonEntity person : people.withIds(story.featuredPersonIds)) {
            String problem = person.consentProblem(story.channelCodes, now);
            if (problem != null) {
                return problem;
            }
        }
        return null;
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
