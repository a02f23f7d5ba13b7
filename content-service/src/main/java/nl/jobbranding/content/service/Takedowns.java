package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryPostEntity;
import nl.jobbranding.content.model.TakedownCause;
import nl.jobbranding.content.model.TakedownTaskEntity;
import nl.jobbranding.content.repository.StoryPostRepository;
import nl.jobbranding.content.repository.TakedownRepository;

import java.time.Instant;

/** Opens a takedown task for every channel a story was posted on, when the live story goes off line. */
@ApplicationScoped
class Takedowns {

    private final StoryPostRepository posts;
    private final TakedownRepository tasks;

    Takedowns(StoryPostRepository posts, TakedownRepository tasks) {
        this.posts = posts;
        this.tasks = tasks;
    }

    /** In the transaction that takes the (locked) story off line. */
    @Transactional(Transactional.TxType.MANDATORY)
    void open(StoryEntity story, TakedownCause cause, Instant now) {
        for (StoryPostEntity post : posts.ofStory(story.id)) {
            TakedownTaskEntity task = new TakedownTaskEntity();
            task.storyId = story.id;
            task.channelCode = post.key.channelCode();
            task.url = post.url;
            task.cause = cause;
            task.openedAt = now;
            tasks.persist(task);
        }
    }
}
