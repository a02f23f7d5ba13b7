package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.AuditEvent;
import nl.jobbranding.content.api.Comment;
import nl.jobbranding.content.api.Revision;
import nl.jobbranding.content.api.Screening;
import nl.jobbranding.content.api.Story;

import java.util.UUID;

/**
 * What a reviewer reads about one story, read in one read-only transaction: the same reads, with the same rights, as
 * the story, its screening, revisions, comments and audit trail one by one (the story is loaded once and then found in
 * the session).
 */
@ApplicationScoped
public class ReviewContextService {

    /** The first page of each list, as the review page shows it. */
    public static final int REVISIONS = 20;
    public static final int COMMENTS = 50;
    public static final int AUDIT_EVENTS = 50;

    private final StoryService stories;
    private final ScreeningService screenings;
    private final CommentService comments;
    private final HistoryService history;

    ReviewContextService(StoryService stories, ScreeningService screenings, CommentService comments, HistoryService history) {
        this.stories = stories;
        this.screenings = screenings;
        this.comments = comments;
        this.history = history;
    }

    /** The parts, each as its own read gives it; {@code screening} is null while the current revision has none. */
    public record Parts(Versioned<Story> story, Screening screening, Slice<Revision> revisions, Slice<Comment> comments,
                        Slice<AuditEvent> auditTrail) {
    }

    @ReadOnly
    public Parts of(UUID storyId, Actor actor) {
        Versioned<Story> story = stories.get(storyId, actor);
        Screening screening;
        try {
            screening = screenings.screening(storyId, null, actor);
        } catch (ServiceException e) {
            if (e.kind() != ServiceException.Kind.NOT_FOUND) {
                throw e;
            }
            screening = null;
        }
        return new Parts(story, screening, stories.revisions(storyId, new PageRequest(null, REVISIONS), actor),
                comments.list(storyId, null, new PageRequest(null, COMMENTS), actor),
                history.auditTrail(storyId, new PageRequest(null, AUDIT_EVENTS), actor));
    }
}
