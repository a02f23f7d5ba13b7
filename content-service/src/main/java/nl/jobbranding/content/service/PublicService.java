package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.PublishedStory;
import nl.jobbranding.content.api.TransparencyEntry;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AuditRepository;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Instant;
import java.util.UUID;

/** What anyone may read: published stories and the transparency log of moderation decisions (no personal data). */
@ApplicationScoped
public class PublicService {

    private final StoryRepository stories;
    private final ReviewRepository reviews;
    private final AuditRepository audit;

    PublicService(StoryRepository stories, ReviewRepository reviews, AuditRepository audit) {
        this.stories = stories;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** Published stories, newest publication first. */
    @Transactional
    public Slice<PublishedStory> published(PageRequest page, StoryRepository.StoryFilter filter) {
        PageRequest.TimeKey key = page.afterTimeKey();
        return Slice.of(stories.publishedBefore(key == null ? null : key.at(), key == null ? null : key.id(), filter, page.limit() + 1),
                page.limit(), s -> PageRequest.TimeKey.of(s.publishedAt, s.id), ApiMapper::toPublished);
    }

    /** The version of what is published: it changes with every story that goes on or off line. */
    @Transactional
    public long publishedVersion() {
        return audit.latestPublicationChange();
    }

    @Transactional
    public PublishedStory published(UUID id) {
        return stories.findByIdOptional(id).filter(s -> s.state == StoryState.PUBLISHED).map(ApiMapper::toPublished)
                .orElseThrow(() -> ServiceException.notFound("published story", id));
    }

    /** Decisions on published and rejected stories, newest first. */
    @Transactional
    public Slice<TransparencyEntry> transparencyLog(PageRequest page, UUID campaignId) {
        PageRequest.TimeKey key = page.afterTimeKey();
        Instant before = key == null ? null : key.at();
        UUID beforeId = key == null ? null : key.id();
        return Slice.of(reviews.transparencyAfter(before, beforeId, campaignId, page.limit() + 1), page.limit(),
                d -> PageRequest.TimeKey.of(d.review().decidedAt, d.review().id), d -> ApiMapper.toTransparency(d.review(), d.story()));
    }
}
