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
import nl.jobbranding.content.api.StoryPost;
import nl.jobbranding.content.api.StoryPostInput;
import nl.jobbranding.content.api.TakedownConfirmation;
import nl.jobbranding.content.api.TakedownEntry;
import nl.jobbranding.content.api.TakedownTask;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryPostEntity;
import nl.jobbranding.content.model.TakedownTaskEntity;
import nl.jobbranding.content.repository.StoryPostRepository;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.repository.TakedownRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Per-channel publication: the post of a live story on each of its channels (URL, when, by whom), and the takedown
 * tasks that open when the story goes off line (see {@link Takedowns}), listed for community managers until each is
 * confirmed with the time it was taken down. The public sees the takedowns and how long they took, without names.
 */
@ApplicationScoped
public class ChannelPublicationService {

    private static final String POST = "post";
    private static final String TASK = "takedown task";

    private final StoryRepository stories;
    private final StoryPostRepository posts;
    private final TakedownRepository tasks;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    ChannelPublicationService(StoryRepository stories, StoryPostRepository posts, TakedownRepository tasks, AuditTrail audit,
                              EntityManager entityManager, Clock clock) {
        this.stories = stories;
        this.posts = posts;
        this.tasks = tasks;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records where a live story was posted on one of its channels; the story is locked, so a withdrawal waits or wins. */
    @Transactional
    public Versioned<StoryPost> recordPost(UUID storyId, StoryPostInput input, Actor actor) {
        StoryEntity story = stories.findForUpdate(storyId).orElseThrow(() -> ServiceException.notFound(StoryChanges.WHAT, storyId));
        Access.requireRead(actor, story.unitCode, StoryChanges.WHAT);
        Instant now = clock.instant();
        if (!story.channelCodes.contains(input.channel())) {
            throw ServiceException.invalid("channel", "is not one of the story's channels; they are: "
                    + String.join(", ", story.channelCodes.stream().sorted().toList()));
        }
        if (input.postedAt() != null && input.postedAt().isAfter(now)) {
            throw ServiceException.invalid("postedAt", "must not be in the future, such as " + now);
        }
        if (!story.live()) {
            throw ServiceException.conflict("Not published", "Only a published story is posted; this one is " + story.state + ".");
        }
        if (posts.findByIdOptional(new StoryPostEntity.Key(storyId, input.channel())).isPresent()) {
            throw ServiceException.conflict("Posted already", "The post of this story on " + input.channel()
                    + " is recorded already (GET /stories/" + storyId + "/posts).");
        }
        StoryPostEntity post = new StoryPostEntity();
        post.key = new StoryPostEntity.Key(storyId, input.channel());
        post.url = input.url();
        post.postedAt = input.postedAt() == null ? now : input.postedAt();
        post.postedBy = actor.id();
        post.postedByName = actor.name();
        posts.persist(post);
        audit.record(story, actor, managerRole(actor), Action.RECORD_POST, story.state, "Posted on " + input.channel() + ".", now);
        Writes.flush(entityManager, POST);
        return new Versioned<>(ApiMapper.toApi(post), post.version);
    }

    /** A story's posts in channel order: one page holds them all (a story has at most 10 channels). */
    @Transactional
    public Slice<StoryPost> posts(UUID storyId, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        List<StoryPostEntity> all = posts.ofStory(storyId);
        return Slice.of(all, Math.max(all.size(), 1), p -> p.key.channelCode(), ApiMapper::toApi);
    }

    /** Takedown tasks oldest first: the open ones (what is still to do), or the confirmed ones. */
    @Transactional
    public Slice<TakedownTask> tasks(PageRequest page, boolean open) {
        PageRequest.TimeKey key = page.afterTimeKey();
        return Slice.of(tasks.oldestAfter(open, key == null ? null : key.at(), key == null ? null : key.id(), page.limit() + 1),
                page.limit(), t -> PageRequest.TimeKey.of(t.openedAt, t.id), ApiMapper::toApi);
    }

    @Transactional
    public Versioned<TakedownTask> task(UUID id) {
        TakedownTaskEntity task = tasks.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(TASK, id));
        return new Versioned<>(ApiMapper.toApi(task), task.version);
    }

    /** Confirms that the post is gone, and when; recorded in the story's audit trail. */
    @Transactional
    public Versioned<TakedownTask> confirm(UUID id, IfMatch ifMatch, TakedownConfirmation input, Actor actor) {
        TakedownTaskEntity task = tasks.findForUpdate(id).orElseThrow(() -> ServiceException.notFound(TASK, id));
        IfMatch.check(ifMatch, TASK, task.version);
        Instant now = clock.instant();
        if (task.takenDownAt != null) {
            throw ServiceException.conflict("Confirmed already", "This post was confirmed taken down at " + task.takenDownAt + ".");
        }
        Instant takenDownAt = input.takenDownAt() == null ? now : input.takenDownAt();
        if (takenDownAt.isAfter(now)) {
            throw ServiceException.invalid("takenDownAt", "must not be in the future, such as " + now);
        }
        Instant postedAt = posts.findByIdOptional(new StoryPostEntity.Key(task.storyId, task.channelCode)).orElseThrow().postedAt;
        if (takenDownAt.isBefore(postedAt)) {
            throw ServiceException.invalid("takenDownAt", "must not be before the post went out at " + postedAt + ", such as " + now);
        }
        task.takenDownAt = takenDownAt;
        task.confirmedAt = now;
        task.confirmedBy = actor.id();
        task.confirmedByName = actor.name();
        stories.findByIdOptional(task.storyId).ifPresent(story -> audit.record(story, actor, managerRole(actor), Action.CONFIRM_TAKEDOWN,
                story.state, "Taken down from " + task.channelCode + " at " + task.takenDownAt + ".", now));
        Writes.flush(entityManager, TASK);
        return new Versioned<>(ApiMapper.toApi(task), task.version);
    }

    /** Every takedown, newest first, without names or post addresses. */
    @Transactional
    public Slice<TakedownEntry> transparency(PageRequest page) {
        PageRequest.TimeKey key = page.afterTimeKey();
        return Slice.of(tasks.newestBefore(key == null ? null : key.at(), key == null ? null : key.id(), page.limit() + 1),
                page.limit(), t -> PageRequest.TimeKey.of(t.openedAt, t.id), ApiMapper::toPublic);
    }

    /** The role in which a manager records a post or confirms a takedown (the resource admits only these two). */
    private static Role managerRole(Actor actor) {
        return actor.has(Role.COMMUNITY_MANAGER) ? Role.COMMUNITY_MANAGER : Role.CAMPAIGN_MANAGER;
    }
}
