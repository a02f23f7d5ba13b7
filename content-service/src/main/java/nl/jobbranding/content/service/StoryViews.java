package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.Workflow;
import nl.jobbranding.content.repository.ReviewRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A story as a given actor sees it: with the approvals of the current round and the actions the actor may take. */
@ApplicationScoped
class StoryViews {

    private static final Set<Action> CLAIM_HOLDER_ACTIONS = Set.of(Action.RELEASE, Action.APPROVE, Action.REQUEST_CHANGES,
            Action.REJECT);

    private final ReviewRepository reviews;
    private final Clock clock;

    StoryViews(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    Story story(StoryEntity story, Actor actor) {
        Instant now = clock.instant();
        return ApiMapper.toApi(story, approvedBy(approvals(story)), allowedActions(story, actor, now), now);
    }

    /** A page of stories as the actor sees them: the approvals of all of them read in one query. */
    List<Story> stories(List<StoryEntity> page, Actor actor) {
        Instant now = clock.instant();
        Map<UUID, List<String>> approvals = approvals(page);
        return page.stream().map(s -> ApiMapper.toApi(s, approvals.getOrDefault(s.id, List.of()),
                allowedActions(s, actor, now), now)).toList();
    }

    Versioned<Story> versioned(StoryEntity story, Actor actor) {
        return new Versioned<>(story(story, actor), story.version);
    }

    /** The approvals of the current round: of the current revision, since its last submission. */
    List<ReviewEntity> approvals(StoryEntity story) {
        if (story.submittedAt == null) {
            return List.of();
        }
        return reviews.ofStory(story.id).stream().filter(r -> ofCurrentRound(r, story)).toList();
    }

    /** Who approved each story of a page in its current round, in order, by story id, read in one query. */
    Map<UUID, List<String>> approvals(List<StoryEntity> page) {
        Map<UUID, StoryEntity> submitted = new HashMap<>();
        page.stream().filter(s -> s.submittedAt != null).forEach(s -> submitted.put(s.id, s));
        if (submitted.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> approvals = new HashMap<>();
        for (ReviewRepository.Approval approval : reviews.approvalsOf(submitted.keySet())) {
            StoryEntity story = submitted.get(approval.storyId());
            if (ofCurrentRound(approval.revision(), approval.decidedAt(), story)) {
                approvals.computeIfAbsent(approval.storyId(), id -> new ArrayList<>()).add(approval.reviewerName());
            }
        }
        return approvals;
    }

    private static boolean ofCurrentRound(ReviewEntity review, StoryEntity story) {
        return review.decision == Decision.APPROVE && ofCurrentRound(review.revision, review.decidedAt, story);
    }

    /** Whether a review of this revision, decided then, belongs to the story's current round (since its last submission). */
    private static boolean ofCurrentRound(int revision, Instant decidedAt, StoryEntity story) {
        return revision == story.revision && !decidedAt.isBefore(story.submittedAt);
    }

    private static List<String> approvedBy(List<ReviewEntity> approvals) {
        return approvals.stream().map(r -> r.reviewerName).toList();
    }

    /** Whether the story's content can be saved as a new revision now (a draft, changes requested, or a correction of a published story). */
    static boolean editable(StoryEntity story) {
        return story.state == StoryState.DRAFT || story.state == StoryState.CHANGES_REQUESTED || story.state == StoryState.PUBLISHED;
    }

    /** What the workflow table, the actor's roles and unit, and the claim allow the actor to do now. */
    List<Action> allowedActions(StoryEntity story, Actor actor, Instant now) {
        Set<Action> allowed = new LinkedHashSet<>();
        if (actor.editsFor(story.unitCode) && editable(story)) {
            allowed.add(Action.REVISE);
        }
        for (Workflow.Transition transition : Workflow.TRANSITIONS) {
            if (transition.from() != story.state || transition.roles().stream().noneMatch(actor::has)
                    || transition.action() == Action.DECIDE_APPEAL || transition.action() == Action.REVISE) {
                continue;
            }
            if (transition.action() == Action.WITHDRAW && story.state == StoryState.DRAFT && !story.live()) {
                continue;
            }
            boolean onlyEditors = transition.roles().equals(Set.of(Role.UNIT_EDITOR));
            if (onlyEditors && !actor.editsFor(story.unitCode)) {
                continue;
            }
            if (transition.action() == Action.CLAIM && story.claimLive(now) && !actor.id().equals(story.claimedBy)) {
                continue;
            }
            if (CLAIM_HOLDER_ACTIONS.contains(transition.action())
                    && !(story.claimLive(now) && actor.id().equals(story.claimedBy))) {
                continue;
            }
            allowed.add(transition.action());
        }
        return new ArrayList<>(allowed);
    }
}
