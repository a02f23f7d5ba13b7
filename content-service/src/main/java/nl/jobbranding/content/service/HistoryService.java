package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.AuditEvent;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.repository.AuditRepository;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.util.List;
import java.util.UUID;

/** A story's audit trail and reviews, readable by everyone who may read the story. */
@ApplicationScoped
public class HistoryService {

    private final StoryRepository stories;
    private final AuditRepository events;
    private final ReviewRepository reviews;

    HistoryService(StoryRepository stories, AuditRepository events, ReviewRepository reviews) {
        this.stories = stories;
        this.events = events;
        this.reviews = reviews;
    }

    @ReadOnly
    public Slice<AuditEvent> auditTrail(UUID storyId, PageRequest page, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        long after = page.after() == null ? 0 : sequence(page.after());
        return Slice.of(events.ofStory(storyId, after, page.limit() + 1), page.limit(), e -> Long.toString(e.id), ApiMapper::toApi);
    }

    @ReadOnly
    public Slice<Review> reviews(UUID storyId, PageRequest page, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        return Slice.of(reviews.pageOfStory(storyId, page.afterUuid(), page.limit() + 1), page.limit(), r -> r.id.toString(),
                ApiMapper::toApi);
    }

    @ReadOnly
    public Review review(UUID storyId, UUID reviewId, Actor actor) {
        Access.readableStory(stories, storyId, actor);
        return reviews.findByIdOptional(reviewId).filter(r -> r.storyId.equals(storyId)).map(ApiMapper::toApi)
                .orElseThrow(() -> ServiceException.notFound("review", reviewId));
    }


    private static long sequence(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ServiceException.invalidCursor();
        }
    }
}
