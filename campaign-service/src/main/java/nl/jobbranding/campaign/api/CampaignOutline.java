package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What a composed view (the gateway's campaign overview) needs of one campaign, in one read: the "
        + "campaign, its first series in the order they were created, the units of those series and the capacity "
        + "assessment. The same figures as GET /campaigns/{campaignId}, GET /series?campaignId=, GET /units?code= and "
        + "GET /campaigns/{campaignId}/capacity-assessment.")
public record CampaignOutline(
        Campaign campaign,
        @Schema(description = "The campaign's first series (at most 100), in the order they were created; GET /series?campaignId= "
                + "pages through all of them.", maxItems = 100) List<Series> series,
        @Schema(description = "True when the campaign has more series than listed here.", example = "false") boolean moreSeries,
        @Schema(description = "The units of the listed series, by code.", maxItems = 100) List<Unit> units,
        CapacityAssessment capacity) {
}
