package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.TakedownCause;
import nl.jobbranding.content.model.Workflow;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * What every workflow step shares: the locks (first the consent records of the story's featured people, shared, then
 * the story itself), the checks of role, version, claim and consent, and the audit entry. A consent withdrawal locks
 * the person first and then the stories, so a step that checks consent and a withdrawal never both go ahead on what
 * the other is changing, and the two lock in the same order.
 */
@ApplicationScoped
class StoryChanges {

    static final String WHAT = StoryService.WHAT;

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final FeaturedPersonRepository people;
    private final StoryViews views;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Takedowns takedowns;
    private final Clock clock;

    StoryChanges(StoryRepository stories, RevisionRepository revisions, FeaturedPersonRepository people, StoryViews views,
                 AuditTrail audit, Takedowns takedowns, EntityManager entityManager, Clock clock) {
        this.takedowns = takedowns;
        this.stories = stories;
        this.revisions = revisions;
        this.people = people;
        this.views = views;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * One requested step in one short transaction: locks the story, checks that the actor may read it, the version
     * (If-Match) and the role the workflow needs, applies the step and records it in the audit trail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Versioned<Story> step(UUID id, IfMatch ifMatch, Action action, String reason, Actor actor,
                          BiConsumer<StoryEntity, Instant> apply) {
        StoryEntity story = lock(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        Access.requireRead(actor, story.unitCode, WHAT);
        requireSomeRole(story, action, actor);
        IfMatch.check(ifMatch, WHAT, story.version, story.state.toString());
        Role role = allowedRole(story, action, actor);
        StoryState from = story.state;
        Instant now = clock.instant();
        apply.accept(story, now);
        audit.record(story, actor, role, action, from, reason, now);
        Writes.flush(entityManager, WHAT);
        return views.versioned(story, actor);
    }

    /** The story locked for a change, after its featured people's consent records (shared); empty when it does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoryEntity> lock(UUID id) {
        people.lockForShare(stories.featuredPersonIdsOf(id));
        return stories.findForUpdate(id);
    }

    /**
     * Refuses (403) an actor who holds none of the roles that ever take this action, before the version is looked at:
     * a caller without the right learns it on the first try, not after a 412 and a second one.
     */
    static void requireSomeRole(StoryEntity story, Action action, Actor actor) {
        Set<Role> roles = new HashSet<>();
        Workflow.TRANSITIONS.stream().filter(t -> t.action() == action).forEach(t -> roles.addAll(t.roles()));
        roles.remove(Role.SYSTEM);
        List<Role> held = roles.stream().filter(actor::has).toList();
        if (held.isEmpty()) {
            throw ServiceException.forbidden("Only " + roles.stream().sorted().toList() + " may " + action + " a story.");
        }
        if (held.equals(List.of(Role.UNIT_EDITOR))) {
            Access.requireEditorOf(actor, story.unitCode, WHAT);
        }
    }

    /** The role in which the actor may take this action from the story's state; refuses otherwise. */
    Role allowedRole(StoryEntity story, Action action, Actor actor) {
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

    static void requireClaimHolder(StoryEntity story, Actor actor, Instant now) {
        if (!story.claimLive(now) || !actor.id().equals(story.claimedBy)) {
            String holder = story.claimLive(now) ? "It is claimed by " + story.claimedByName + " until " + story.claimedUntil + "."
                    : "Nobody holds a live claim on it.";
            throw ServiceException.conflict("Claim required", "Only the community manager who holds the claim may do this. "
                    + holder + " Claim the story first.");
        }
    }

    /** Four eyes: nobody reviews a story they wrote (any revision of it). */
    void requireNotWriter(StoryEntity story, Actor actor) {
        if (actor.id().equals(story.createdBy) || revisions.writers(story.id).contains(actor.id())) {
            throw ServiceException.forbidden("You wrote (a revision of) this story; another community manager must review it.");
        }
    }

    /** Every featured person's consent covers the story now; read under the lock {@link #lock} took. */
    void requireConsents(StoryEntity story, Instant now) {
        String problem = consentProblem(story, now);
        if (problem != null) {
            throw ServiceException.conflict("Consent missing", "The story cannot go on: " + problem + ".");
        }
    }

    String consentProblem(StoryEntity story, Instant now) {
        for (FeaturedPersonEntity person : people.withIds(story.featuredPersonIds)) {
            String problem = person.consentProblem(story.channelCodes, now);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Withdraws the story, taking it off line if it is live. */
    void withdraw(StoryEntity story, String reason, TakedownCause cause, Instant now) {
        takeOffline(story, cause, now);
        story.state = StoryState.WITHDRAWN;
        story.stateReason = reason;
        story.clearClaim();
    }

    /**
     * The public no longer reads the story (withdrawn, expired or archived), and a takedown task opens for every channel
     * it was posted on; nothing happens when it was not live.
     */
    void takeOffline(StoryEntity story, TakedownCause cause, Instant now) {
        if (story.live()) {
            takedowns.open(story, cause, now);
        }
        story.publishedRevision = null;
        story.minorCorrection = false;
    }

    /** The story's current content becomes {@code content}: its channels and featured people follow it. */
    static void setContent(StoryEntity story, StoryContent content) {
        story.content = content;
        story.channelCodes = new HashSet<>(content.channels());
        story.featuredPersonIds = content.featuredPeople() == null ? new HashSet<>() : new HashSet<>(content.featuredPeople());
    }

    /**
     * After a rejected correction: the published revision, which stayed live, is the story's current revision again, so
     * its editors see and correct what the public reads. The rejected revision stays in the history with its review;
     * the next edit is numbered after it.
     */
    void backToPublished(StoryEntity story) {
        story.revision = story.publishedRevision;
        setContent(story, revisions.find(story.id, story.publishedRevision).orElseThrow().content);
    }
}
