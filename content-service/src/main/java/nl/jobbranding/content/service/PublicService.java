package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.PublishedStory;
import nl.jobbranding.content.api.TransparencyEntry;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.AuditRepository;
import nl.jobbranding.content.repository.ReviewRepository;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What anyone may read: published stories and the transparency log of moderation decisions (no personal data). */
@ApplicationScoped
public class PublicService {

    private final StoryRepository stories;
    private final ReviewRepository reviews;
    private final AuditRepository audit;
    private final RevisionRepository revisions;

    PublicService(StoryRepository stories, ReviewRepository reviews, AuditRepository audit, RevisionRepository revisions) {
        this.stories = stories;
        this.revisions = revisions;
        this.reviews = reviews;
        this.audit = audit;
    }

    /** Live stories as published (their published revision, also while a correction is reviewed), newest publication first. */
    @ReadOnly
    public Slice<PublishedStory> published(PageRequest page, StoryRepository.StoryFilter filter) {
        PageRequest.TimeKey key = page.afterTimeKey();
        List<StoryEntity> live = stories.publishedBefore(key == null ? null : key.at(), key == null ? null : key.id(), filter,
                page.limit() + 1);
        Map<UUID, StoryContent> contents = revisions.publishedContents(live.stream().map(s -> s.id).toList());
        return Slice.of(live, page.limit(), s -> PageRequest.TimeKey.of(s.publishedAt, s.id),
                s -> ApiMapper.toPublished(s, contents.get(s.id)));
    }

    /** The version of what is published: it changes with every story that goes on or off line. */
    @ReadOnly
    public long publishedVersion() {
        return audit.latestPublicationChange();
    }

    @ReadOnly
    public PublishedStory published(UUID id) {
        StoryEntity story = stories.findByIdOptional(id).filter(StoryEntity::live)
                .orElseThrow(() -> ServiceException.notFound("published story", id));
        return ApiMapper.toPublished(story, revisions.find(id, story.publishedRevision).orElseThrow().content);
    }

    /** Decisions on published and rejected stories, newest first. */
    @ReadOnly
    public Slice<TransparencyEntry> transparencyLog(PageRequest page, UUID campaignId) {
        PageRequest.TimeKey key = page.afterTimeKey();
        Instant before = key == null ? null : key.at();
        UUID beforeId = key == null ? null : key.id();
        return Slice.of(reviews.transparencyAfter(before, beforeId, campaignId, page.limit() + 1), page.limit(),
                d -> PageRequest.TimeKey.of(d.decidedAt(), d.reviewId()), ApiMapper::toTransparency);
    }
}
