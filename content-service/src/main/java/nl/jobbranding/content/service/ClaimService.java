package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.config.ContentConfig;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;

import java.time.Instant;
import java.util.UUID;

/** Claims: a community manager claims a submitted story before deciding on it, and may release it again. */
@ApplicationScoped
public class ClaimService {

    private final StoryChanges changes;
    private final StoryViews views;
    private final ContentConfig config;

    ClaimService(StoryChanges changes, StoryViews views, ContentConfig config) {
        this.changes = changes;
        this.views = views;
        this.config = config;
    }

    @Transactional
    public Versioned<Story> claim(UUID id, IfMatch ifMatch, String reason, Actor actor) {
        return changes.step(id, ifMatch, Action.CLAIM, reason, actor, (story, now) -> claim(story, actor, now));
    }

    @Transactional
    public Versioned<Story> release(UUID id, IfMatch ifMatch, String reason, Actor actor) {
        return changes.step(id, ifMatch, Action.RELEASE, reason, actor, (story, now) -> {
            StoryChanges.requireClaimHolder(story, actor, now);
            story.clearClaim();
            story.state = StoryState.SUBMITTED;
        });
    }

    private void claim(StoryEntity story, Actor actor, Instant now) {
        changes.requireNotWriter(story, actor);
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
}
