package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.Comment;
import nl.jobbranding.content.api.CommentInput;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.CommentEntity;
import nl.jobbranding.content.repository.CommentRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.util.UUID;

/** Comments on revisions: threads of replies that can be marked resolved. Everyone who may read the story may comment. */
@ApplicationScoped
public class CommentService {

    private static final String WHAT = "comment";
    /** Comments a story has at most: every list and every story's history is bounded. */
    public static final int MAX_COMMENTS = 500;

    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final CommentRepository comments;
    private final EntityManager entityManager;
    private final Clock clock;

    CommentService(StoryRepository stories, RevisionRepository revisions, CommentRepository comments, EntityManager entityManager,
                   Clock clock) {
        this.stories = stories;
        this.revisions = revisions;
        this.comments = comments;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Versioned<Comment> add(UUID storyId, int revision, CommentInput input, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        if (revisions.find(storyId, revision).isEmpty()) {
            throw ServiceException.notFound("revision", storyId + "/" + revision);
        }
        if (input.inReplyTo() != null) {
            CommentEntity parent = comments.findByIdOptional(input.inReplyTo())
                    .filter(c -> c.storyId.equals(storyId))
                    .orElseThrow(() -> ServiceException.invalid("inReplyTo", "there is no comment '" + input.inReplyTo()
                            + "' on this story"));
            if (parent.revision != revision) {
                throw ServiceException.invalid("inReplyTo", "the comment is on revision " + parent.revision + ", not " + revision);
            }
        }
        if (comments.count("storyId", storyId) >= MAX_COMMENTS) {
            throw ServiceException.conflict("Too many comments", "A story has at most " + MAX_COMMENTS + " comments; "
                    + "this one has them all. Resolve the discussion elsewhere or start a new story.");
        }
        CommentEntity comment = new CommentEntity();
        comment.storyId = storyId;
        comment.revision = revision;
        comment.parentId = input.inReplyTo();
        comment.authorId = actor.id();
        comment.authorName = actor.name();
        comment.text = input.text().strip();
        comments.persist(comment);
        Writes.flush(entityManager, WHAT);
        return new Versioned<>(ApiMapper.toApi(comment), comment.version);
    }

    @ReadOnly
    public Slice<Comment> list(UUID storyId, Integer revision, PageRequest page, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        return Slice.of(comments.ofStory(storyId, revision, page.afterUuid(), page.limit() + 1), page.limit(),
                c -> c.id.toString(), ApiMapper::toApi);
    }

    /** Marks a thread (its first comment) resolved; resolving a resolved thread changes nothing. */
    @Transactional
    public Versioned<Comment> resolve(UUID storyId, UUID commentId, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        CommentEntity comment = comments.findByIdOptional(commentId).filter(c -> c.storyId.equals(storyId))
                .orElseThrow(() -> ServiceException.notFound(WHAT, commentId));
        if (comment.parentId != null) {
            throw ServiceException.conflict("Not a thread", "Resolve the thread's first comment, " + comment.parentId + ".");
        }
        if (comment.resolvedAt == null) {
            comment.resolvedAt = clock.instant();
            comment.resolvedByName = actor.name();
            Writes.flush(entityManager, WHAT);
        }
        return new Versioned<>(ApiMapper.toApi(comment), comment.version);
    }
}
