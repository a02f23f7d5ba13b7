package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.TransitionInput;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.TakedownCause;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Publication: scheduling, publishing, withdrawing and archiving approved stories, the clock's scheduled publication
 * and expiry, and withdrawing what goes out with a person whose consent ended or was withdrawn.
 */
@ApplicationScoped
public class PublicationService {

    private final StoryRepository stories;
    private final StoryChanges changes;
    private final AuditTrail audit;
    private final StoryRequestService requests;
    private final Clock clock;

    PublicationService(StoryRepository stories, StoryChanges changes, AuditTrail audit, StoryRequestService requests, Clock clock) {
        this.stories = stories;
        this.changes = changes;
        this.audit = audit;
        this.requests = requests;
        this.clock = clock;
    }

    /** Schedule, unschedule, publish, withdraw or archive, as the input's action says. */
    @Transactional
    public Versioned<Story> change(UUID id, IfMatch ifMatch, TransitionInput input, String reason, Actor actor) {
        return changes.step(id, ifMatch, input.action(), reason, actor, (story, now) -> {
            switch (input.action()) {
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
                    if (story.state == StoryState.DRAFT && !story.live()) {
                        throw ServiceException.conflict("Invalid transition", "A draft is withdrawn only when it is a "
                                + "correction of a published story; this one was never published.");
                    }
                    changes.withdraw(story, reason, TakedownCause.WITHDRAWAL, now);
                }
                case ARCHIVE -> {
                    changes.takeOffline(story, TakedownCause.ARCHIVE, now);
                    story.state = StoryState.ARCHIVED;
                }
                default -> throw new IllegalStateException("Not a publication step: " + input.action());
            }
        });
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
        StoryEntity story = changes.lock(id).orElse(null);
        if (story == null || story.state != StoryState.SCHEDULED || story.publishAt == null || story.publishAt.isAfter(now)) {
            return;
        }
        StoryState from = story.state;
        String problem = changes.consentProblem(story, now);
        if (problem != null) {
            changes.withdraw(story, "Not published: " + problem + ".", TakedownCause.CONSENT, now);
            audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.WITHDRAW, from, story.stateReason, now);
            return;
        }
        story.state = StoryState.PUBLISHED;
        story.publishedAt = now;
        requests.storyPublished(story, now);
        story.publishedRevision = story.revision;
        audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.PUBLISH, from, "Scheduled for " + story.publishAt + ".", now);
    }

    /** Archives a published story whose expiry has come. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expireIfDue(UUID id) {
        Instant now = clock.instant();
        StoryEntity story = stories.findForUpdate(id).orElse(null);
        if (story == null || !story.live() || story.expiresAt == null || story.expiresAt.isAfter(now)) {
            return;
        }
        StoryState from = story.state;
        changes.takeOffline(story, TakedownCause.EXPIRY, now);
        story.clearClaim();
        story.state = StoryState.ARCHIVED;
        audit.record(story, Actor.SYSTEM, Role.SYSTEM, Action.EXPIRE, from, "Expired at " + story.expiresAt + ".", now);
    }

    /**
     * Withdraws every live (published, or published and under correction) or scheduled story featuring one of these people, in the caller's transaction, which
     * holds the people's records locked; the audit trail names the actor who caused it (the editor recording the
     * withdrawal, or the system for ended consents).
     *
     * @return the ids of the stories withdrawn
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> withdrawFeaturing(List<UUID> personIds, Actor actor, Role role, String reason) {
        return withdrawFeaturing(personIds, null, actor, role, reason);
    }

    /**
     * As {@link #withdrawFeaturing(List, Actor, Role, String)}, but only the stories meant for one of these channels
     * (all when null): a consent narrowed to fewer channels.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> withdrawFeaturing(List<UUID> personIds, Set<String> onChannels, Actor actor, Role role, String reason) {
        Instant now = clock.instant();
        List<UUID> withdrawn = new ArrayList<>();
        for (UUID storyId : stories.goingOutWith(personIds)) {
            StoryEntity story = stories.findForUpdate(storyId).orElseThrow();
            StoryState from = story.state;
            if (from != StoryState.SCHEDULED && !story.live()
                    || onChannels != null && story.channelCodes.stream().noneMatch(onChannels::contains)) {
                continue;
            }
            changes.withdraw(story, reason, TakedownCause.CONSENT, now);
            audit.record(story, actor, role, Action.WITHDRAW, from, reason, now);
            withdrawn.add(story.id);
        }
        return withdrawn;
    }

    private void schedule(StoryEntity story, TransitionInput input, Instant now) {
        if (input.publishAt() == null || !input.publishAt().isAfter(now)) {
            throw ServiceException.invalid("publishAt", "must be a time in the future");
        }
        if (input.expiresAt() != null && !input.expiresAt().isAfter(input.publishAt())) {
            throw ServiceException.invalid("expiresAt", "must be after publishAt");
        }
        changes.requireConsents(story, now);
        story.publishAt = input.publishAt();
        story.expiresAt = input.expiresAt();
        story.state = StoryState.SCHEDULED;
    }

    private void publishNow(StoryEntity story, Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ServiceException.invalid("expiresAt", "must be a time in the future");
        }
        changes.requireConsents(story, now);
        story.publishedAt = now;
        story.publishedRevision = story.revision;
        story.publishAt = null;
        story.expiresAt = expiresAt;
        story.state = StoryState.PUBLISHED;
        requests.storyPublished(story, now);
    }
}
