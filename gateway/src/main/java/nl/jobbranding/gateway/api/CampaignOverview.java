package nl.jobbranding.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "A campaign at a glance: the campaign, its series with their units and story counts per state, the "
        + "answer to \"is there capacity for it?\", each active series' cadence (planned against published stories per month, "
        + "flagged when it falls behind), and the most recently published stories. Parts whose service did not "
        + "answer in time are absent and named in 'missing'.")
public record CampaignOverview(
        @Schema(ref = "Campaign") JsonNode campaign,
        List<SeriesOverview> series,
        @Schema(nullable = true, ref = "CapacityAssessment") JsonNode capacity,
        @Schema(description = "The five most recently published stories of the campaign (PublishedStory).")
        List<JsonNode> recentlyPublished,
        @Schema(nullable = true, description = "Headline figures of the last 30 days; absent for unit editors and when content-service did not "
                + "answer.") CampaignHeadlines headlines,
        @Schema(description = "Services whose part is missing.", example = "[\"content-service\"]") List<String> missing) {

    @Schema(name = "SeriesOverview", description = "A series with its unit and how many stories it has per state.")
    public record SeriesOverview(
            @Schema(ref = "Series") JsonNode series,
            @Schema(nullable = true) UnitSummary unit,
            @Schema(nullable = true, description = "Stories per state; absent when content-service did not answer.",
                    example = "{\"draft\": 2, \"submitted\": 1, \"published\": 5}") Map<String, Long> storyCounts,
            @Schema(nullable = true, description = "Planned against published stories per month, for an active series; absent for other "
                    + "series and when content-service did not answer.") SeriesCadence cadence) {
    }
}
