package nl.jobbranding.content.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static nl.jobbranding.content.model.Action.APPROVE;
import static nl.jobbranding.content.model.Action.ARCHIVE;
import static nl.jobbranding.content.model.Action.CLAIM;
import static nl.jobbranding.content.model.Action.DECIDE_APPEAL;
import static nl.jobbranding.content.model.Action.DELETE;
import static nl.jobbranding.content.model.Action.EXPIRE;
import static nl.jobbranding.content.model.Action.PUBLISH;
import static nl.jobbranding.content.model.Action.REJECT;
import static nl.jobbranding.content.model.Action.RELEASE;
import static nl.jobbranding.content.model.Action.RETRACT;
import static nl.jobbranding.content.model.Action.REVISE;
import static nl.jobbranding.content.model.Action.REQUEST_CHANGES;
import static nl.jobbranding.content.model.Action.SCHEDULE;
import static nl.jobbranding.content.model.Action.SUBMIT;
import static nl.jobbranding.content.model.Action.UNSCHEDULE;
import static nl.jobbranding.content.model.Action.WITHDRAW;
import static nl.jobbranding.content.model.Role.CAMPAIGN_MANAGER;
import static nl.jobbranding.content.model.Role.COMMUNITY_MANAGER;
import static nl.jobbranding.content.model.Role.SYSTEM;
import static nl.jobbranding.content.model.Role.UNIT_EDITOR;
import static nl.jobbranding.content.model.StoryState.APPROVED;
import static nl.jobbranding.content.model.StoryState.ARCHIVED;
import static nl.jobbranding.content.model.StoryState.CHANGES_REQUESTED;
import static nl.jobbranding.content.model.StoryState.DELETED;
import static nl.jobbranding.content.model.StoryState.DRAFT;
import static nl.jobbranding.content.model.StoryState.IN_REVIEW;
import static nl.jobbranding.content.model.StoryState.PUBLISHED;
import static nl.jobbranding.content.model.StoryState.REJECTED;
import static nl.jobbranding.content.model.StoryState.SCHEDULED;
import static nl.jobbranding.content.model.StoryState.SUBMITTED;
import static nl.jobbranding.content.model.StoryState.WITHDRAWN;

/**
 * The moderation workflow as one table: every allowed move of a story, and the roles that may make it. Anything not
 * in the table is refused. The rules the table cannot show (own unit only, the claim holder decides, nobody reviews
 * their own story, two approvals for a sensitive unit, valid consent) are applied by the workflow service and named
 * in {@link Transition#rule()}. The API returns this table at {@code GET /api/v1/workflow}.
 */
public final class Workflow {

    /** One allowed move. */
    public record Transition(Action action, StoryState from, StoryState to, Set<Role> roles, String rule) {
    }

    private static final String UNDER_CORRECTION = "A published story under correction (still live)";
    private static final String WITHDRAW_RULE = "With a reason; by the service when a featured person's consent is "
            + "withdrawn or ends while the story is live (under correction).";

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(SUBMIT, DRAFT, SUBMITTED, Set.of(UNIT_EDITOR),
                    "Editors of the story's unit only. The series must exist and be active, and be the unit's; every featured "
                            + "person's consent must cover the story's channels."),
            new Transition(SUBMIT, CHANGES_REQUESTED, SUBMITTED, Set.of(UNIT_EDITOR),
                    "Editors of the story's unit only, after revising the story."),
            new Transition(DELETE, DRAFT, DELETED, Set.of(UNIT_EDITOR),
                    "Editors of the story's unit delete a draft that was never submitted (DELETE /stories/{id}): the story, "
                            + "its revisions and comments are removed; its audit trail stays."),
            new Transition(REVISE, PUBLISHED, DRAFT, Set.of(UNIT_EDITOR),
                    "A correction (PUT /stories/{id}): editors of the story's unit save a new revision of a published story; "
                            + "it is submitted and reviewed like any submission (with the diff to the published revision) "
                            + "while the published revision stays live. A correction submitted as minor needs one approval, "
                            + "also for a sensitive unit."),
            new Transition(RETRACT, SUBMITTED, DRAFT, Set.of(UNIT_EDITOR),
                    "Editors of the story's unit pull their submission back before a community manager claimed it (no "
                            + "claim and no approval yet); the story is a draft again."),
            new Transition(CLAIM, SUBMITTED, IN_REVIEW, Set.of(COMMUNITY_MANAGER),
                    "Not by anyone who wrote a revision of the story. The claim expires after the configured time."),
            new Transition(CLAIM, IN_REVIEW, IN_REVIEW, Set.of(COMMUNITY_MANAGER),
                    "Renews one's own claim, or takes over a claim that has expired."),
            new Transition(RELEASE, IN_REVIEW, SUBMITTED, Set.of(COMMUNITY_MANAGER),
                    "By the holder of the claim: the story goes back to the queue."),
            new Transition(APPROVE, IN_REVIEW, APPROVED, Set.of(COMMUNITY_MANAGER),
                    "Through a review by the claim holder, only when every value and channel verdict is 'meets'. A story "
                            + "of a sensitive unit needs approvals by two different community managers."),
            new Transition(APPROVE, IN_REVIEW, SUBMITTED, Set.of(COMMUNITY_MANAGER),
                    "The first of two approvals for a sensitive unit: the story goes back to the queue for a second, "
                            + "different community manager."),
            new Transition(APPROVE, IN_REVIEW, PUBLISHED, Set.of(COMMUNITY_MANAGER),
                    "A correction of a live story approved (with every approval it needs): its revision replaces the "
                            + "published text at once."),
            new Transition(REQUEST_CHANGES, IN_REVIEW, CHANGES_REQUESTED, Set.of(COMMUNITY_MANAGER),
                    "Through a review by the claim holder, with reasons the author sees."),
            new Transition(REJECT, IN_REVIEW, REJECTED, Set.of(COMMUNITY_MANAGER),
                    "Through a review by the claim holder, with a reason."),
            new Transition(REJECT, IN_REVIEW, PUBLISHED, Set.of(COMMUNITY_MANAGER),
                    "A correction of a live story rejected: the published revision stays live."),
            new Transition(DECIDE_APPEAL, REJECTED, SUBMITTED, Set.of(COMMUNITY_MANAGER, CAMPAIGN_MANAGER),
                    "A rejection overturned on appeal (at /stories/{id}/appeals): the story goes back to the queue. The "
                            + "unit's editors appeal once per decision; a community manager who did not take the decision, "
                            + "or a campaign manager, decides. An upheld appeal changes nothing."),
            new Transition(DECIDE_APPEAL, CHANGES_REQUESTED, SUBMITTED, Set.of(COMMUNITY_MANAGER, CAMPAIGN_MANAGER),
                    "A disputed request for changes overturned on appeal: the unchanged story goes back to the queue."),
            new Transition(SCHEDULE, APPROVED, SCHEDULED, Set.of(COMMUNITY_MANAGER, CAMPAIGN_MANAGER),
                    "With a publication time in the future and an optional expiry."),
            new Transition(UNSCHEDULE, SCHEDULED, APPROVED, Set.of(COMMUNITY_MANAGER, CAMPAIGN_MANAGER),
                    "Cancels a scheduled publication."),
            new Transition(PUBLISH, APPROVED, PUBLISHED, Set.of(COMMUNITY_MANAGER, CAMPAIGN_MANAGER),
                    "Publishes now, with an optional expiry; consents must still be valid."),
            new Transition(PUBLISH, SCHEDULED, PUBLISHED, Set.of(SYSTEM),
                    "At the scheduled time; consents must still be valid, otherwise the story is withdrawn."),
            new Transition(EXPIRE, PUBLISHED, ARCHIVED, Set.of(SYSTEM),
                    "At the story's expiry time."),
            new Transition(EXPIRE, DRAFT, ARCHIVED, Set.of(SYSTEM), UNDER_CORRECTION + ", at its expiry time."),
            new Transition(EXPIRE, SUBMITTED, ARCHIVED, Set.of(SYSTEM), UNDER_CORRECTION + ", at its expiry time."),
            new Transition(EXPIRE, IN_REVIEW, ARCHIVED, Set.of(SYSTEM), UNDER_CORRECTION + ", at its expiry time."),
            new Transition(EXPIRE, CHANGES_REQUESTED, ARCHIVED, Set.of(SYSTEM), UNDER_CORRECTION + ", at its expiry time."),
            new Transition(WITHDRAW, DRAFT, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM), UNDER_CORRECTION
                    + " only, with a reason; by the service when a featured person's consent is withdrawn or ends."),
            new Transition(WITHDRAW, SUBMITTED, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM), WITHDRAW_RULE),
            new Transition(WITHDRAW, IN_REVIEW, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM), WITHDRAW_RULE),
            new Transition(WITHDRAW, CHANGES_REQUESTED, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM), WITHDRAW_RULE),
            new Transition(WITHDRAW, APPROVED, WITHDRAWN, Set.of(CAMPAIGN_MANAGER), "With a reason."),
            new Transition(WITHDRAW, SCHEDULED, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM),
                    "With a reason; by the service when a featured person's consent is withdrawn or ends."),
            new Transition(WITHDRAW, PUBLISHED, WITHDRAWN, Set.of(CAMPAIGN_MANAGER, SYSTEM),
                    "With a reason; by the service when a featured person's consent is withdrawn or ends."),
            new Transition(ARCHIVE, PUBLISHED, ARCHIVED, Set.of(CAMPAIGN_MANAGER), "Takes a story off line without withdrawing it."),
            new Transition(ARCHIVE, WITHDRAWN, ARCHIVED, Set.of(CAMPAIGN_MANAGER), "Files a finished story away."),
            new Transition(ARCHIVE, REJECTED, ARCHIVED, Set.of(CAMPAIGN_MANAGER), "Files a finished story away."));

    private Workflow() {
    }

    /** The moves an action may make from a state (more than one for approve). */
    public static List<Transition> find(Action action, StoryState from) {
        return TRANSITIONS.stream().filter(t -> t.action() == action && t.from() == from).toList();
    }

    /** The actions the table allows from a state. */
    public static List<Action> actionsFrom(StoryState from) {
        return TRANSITIONS.stream().filter(t -> t.from() == from).map(Transition::action).distinct().toList();
    }

    /**
     * Actions that are no transition a client requests at /transitions: those of other operations (creating and editing
     * a story, dismissing a finding, reporting a miss, appealing, deciding an appeal, deleting a draft) and the one only
     * the service takes (expiry). Review decisions are not requested there either: see {@link Decision}.
     */
    private static final Set<Action> NOT_REQUESTED_AT_TRANSITIONS = EnumSet.of(Action.CREATE, Action.REVISE, Action.EXPIRE,
            Action.DISMISS_FINDING, Action.REPORT_MISS, Action.APPEAL, Action.DECIDE_APPEAL, Action.DELETE,
            Action.RECORD_POST, Action.CONFIRM_TAKEDOWN, Action.ERASE_PERSON);

    /** Whether the action is taken by posting a review (approve, request changes, reject). */
    public static boolean isDecision(Action action) {
        return Arrays.stream(Decision.values()).anyMatch(d -> d.action() == action);
    }

    /** Whether a client requests the action at /transitions. */
    public static boolean isRequestedAtTransitions(Action action) {
        return !isDecision(action) && !NOT_REQUESTED_AT_TRANSITIONS.contains(action);
    }

    /** The actions among these that are requested at /transitions. */
    public static List<Action> transitionsAmong(List<Action> actions) {
        return actions.stream().filter(Workflow::isRequestedAtTransitions).toList();
    }

    /** The review decisions among these actions. */
    public static List<Decision> decisionsAmong(List<Action> actions) {
        return Arrays.stream(Decision.values()).filter(d -> actions.contains(d.action())).toList();
    }
}
