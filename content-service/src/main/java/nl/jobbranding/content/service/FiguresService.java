package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.content.api.CampaignFigures;
import nl.jobbranding.content.repository.StoryRepository;

import java.util.UUID;

/** A campaign's recently published stories and (for managers) its figures at a glance, read in one transaction. */
@ApplicationScoped
public class FiguresService {

    private final PublicService published;
    private final AnalyticsService analytics;

    FiguresService(PublicService published, AnalyticsService analytics) {
        this.published = published;
        this.analytics = analytics;
    }

    @ReadOnly
    public CampaignFigures figures(UUID campaignId, int recent, AnalyticsService.Period period, Actor actor) {
        StoryRepository.StoryFilter filter = new StoryRepository.StoryFilter(campaignId, null, null, null, null);
        return new CampaignFigures(published.published(new PageRequest(null, recent), filter).items(),
                actor.seesAllStories() ? analytics.summary(period, campaignId, actor) : null);
    }
}
