package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What a composed view (the gateway's campaign overview) needs of content-service about one campaign, "
        + "in one read: its most recently published stories, the story counts of its series and, for community and campaign "
        + "managers, a period's figures at a glance. The same as GET /published-stories?campaignId=, GET /story-counts and "
        + "GET /analytics/summary?campaignId=.")
public record CampaignFigures(
        @Schema(description = "The campaign's most recently published stories, newest publication first (at most 'recent').",
                maxItems = 20) List<PublishedStory> recentlyPublished,
        @Schema(nullable = true, description = "The period's figures as GET /analytics/summary gives them; absent for unit editors, "
                + "who may not read analytics.") AnalyticsSummary summary,
        @Schema(description = "Stories per series and state, as GET /story-counts gives them, for the campaign's first 100 series "
                + "(by id, as campaign-service lists them) that have stories; series without stories are left out. Unit editors "
                + "count their own unit's stories only. With publishedFrom, also the stories published per series and month.")
        StoryCounts storyCounts) {
}
