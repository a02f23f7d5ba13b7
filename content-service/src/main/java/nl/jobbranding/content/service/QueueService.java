package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.QueueItem;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The moderation queue: stories waiting for review (submitted, or in review), oldest submission first. */
@ApplicationScoped
public class QueueService {

    private final StoryRepository stories;
    private final StoryViews views;
    private final ScreeningService screening;
    private final Clock clock;

    QueueService(StoryRepository stories, StoryViews views, ScreeningService screening, Clock clock) {
        this.stories = stories;
        this.views = views;
        this.screening = screening;
        this.clock = clock;
    }

    @ReadOnly
    public Slice<QueueItem> list(PageRequest page, StoryRepository.StoryFilter filter, Actor actor) {
        PageRequest.TimeKey key = page.afterTimeKey();
        Instant afterSubmitted = key == null ? null : key.at();
        UUID afterId = key == null ? null : key.id();
        return Slice.ofPage(stories.queueAfter(afterSubmitted, afterId, filter, page.limit() + 1), page.limit(),
                s -> PageRequest.TimeKey.of(s.submittedAt, s.id), this::items);
    }

    /** The page's items: approvals and pre-screen summaries read for the whole page at once (a fixed number of queries). */
    private List<QueueItem> items(List<StoryEntity> page) {
        Instant now = clock.instant();
        Map<UUID, List<String>> approvals = views.approvals(page);
        Map<UUID, QueueItem.PreScreenSummary> summaries = screening.summaries(page);
        return page.stream().map(s -> new QueueItem(s.id, s.content.title(), s.campaignId, s.seriesId, s.unitCode,
                s.unitSensitive, s.content.channels(), s.state, s.revision, s.version, s.submittedAt, Duration.between(s.submittedAt, now),
                ApiMapper.approvals(s, approvals.getOrDefault(s.id, List.of())),
                ApiMapper.claim(s, now), summaries.get(s.id))).toList();
    }
}
