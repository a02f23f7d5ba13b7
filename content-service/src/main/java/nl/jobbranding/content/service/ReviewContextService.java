package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.repository.ReviewContextRepository;

import java.util.UUID;

/**
 * What a reviewer reads about one story, read in one read-only transaction with the rights of reading the story: the
 * story as {@code GET /stories/{id}} gives it, then its screening, revisions, comments and audit trail as their own
 * reads give them, built as JSON by PostgreSQL in one statement ({@link ReviewContextRepository}).
 */
@ApplicationScoped
public class ReviewContextService {

    /** The first page of each list, as the review page shows it. */
    public static final int REVISIONS = ReviewContextRepository.REVISIONS;
    public static final int COMMENTS = ReviewContextRepository.COMMENTS;
    public static final int AUDIT_EVENTS = ReviewContextRepository.AUDIT_EVENTS;

    private final StoryService stories;
    private final ReviewContextRepository contexts;

    ReviewContextService(StoryService stories, ReviewContextRepository contexts) {
        this.stories = stories;
        this.contexts = contexts;
    }

    /**
     * The story, and the rest as one JSON object: {@code {"screening":..,"revisions":..,"comments":..,"auditTrail":..}},
     * the screening null while the current revision has none.
     */
    public record Parts(Versioned<Story> story, String rest) {
    }

    @ReadOnly
    public Parts of(UUID storyId, ReviewContextRepository.Addresses addresses, Actor actor) {
        Versioned<Story> story = stories.get(storyId, actor);
        String rest = contexts.read(storyId, addresses);
        if (rest == null) {
            throw ServiceException.notFound(StoryService.WHAT, storyId);
        }
        return new Parts(story, rest);
    }
}
