package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.QueueItem;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    @Transactional
    public Slice<QueueItem> list(PageRequest page, StoryRepository.StoryFilter filter, Actor actor) {
        Instant now = clock.instant();
        PageRequest.TimeKey key = page.afterTimeKey();
        Instant afterSubmitted = key == null ? null : key.at();
        UUID afterId = key == null ? null : key.id();
        return Slice.of(stories.queueAfter(afterSubmitted, afterId, filter, page.limit() + 1), page.limit(),
                s -> PageRequest.TimeKey.of(s.submittedAt, s.id), s -> item(s, actor, now));
    }

    private QueueItem item(StoryEntity s, Actor actor, Instant now) {
        Story story = views.story(s, actor);
        return new QueueItem(s.id, s.content.title(), s.campaignId, s.seriesId, s.unitCode, s.unitSensitive,
                s.content.channels(), s.state, s.revision, s.version, s.submittedAt, Duration.between(s.submittedAt, now),
                story.approvals(), story.claim(), screening.summary(s));
    }
}
