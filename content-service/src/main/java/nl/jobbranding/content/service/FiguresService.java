package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.content.api.CampaignFigures;
import nl.jobbranding.content.api.StoryCounts;
import nl.jobbranding.content.repository.StoryRepository;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * A campaign's recently published stories, the story counts of its series and (for managers) its figures at a glance,
 * read in one transaction.
 */
@ApplicationScoped
public class FiguresService {

    /** The most series whose stories one answer counts: as many as campaign-service's outline of a campaign lists. */
    public static final int MAX_COUNTED_SERIES = 100;

    private final PublicService published;
    private final AnalyticsService analytics;
    private final StoryService stories;
    private final StoryRepository storyRepository;

    FiguresService(PublicService published, AnalyticsService analytics, StoryService stories, StoryRepository storyRepository) {
        this.published = published;
        this.analytics = analytics;
        this.stories = stories;
        this.storyRepository = storyRepository;
    }

    /**
     * @param publishedFrom also count the stories each series published per month from this month on, or null
     */
    @ReadOnly
    public CampaignFigures figures(UUID campaignId, int recent, AnalyticsService.Period period, YearMonth publishedFrom, Actor actor) {
        StoryRepository.StoryFilter filter = new StoryRepository.StoryFilter(campaignId, null, null, null, null);
        List<UUID> counted = storyRepository.seriesWithStories(campaignId, Access.unitScope(actor, null), MAX_COUNTED_SERIES);
        StoryCounts counts = counted.isEmpty() ? new StoryCounts(List.of(), publishedFrom == null ? null : List.of())
                : stories.counts(counted, publishedFrom, actor);
        return new CampaignFigures(published.published(new PageRequest(null, recent), filter).items(),
                actor.seesAllStories() ? analytics.summary(period, campaignId, actor) : null, counts);
    }
}
