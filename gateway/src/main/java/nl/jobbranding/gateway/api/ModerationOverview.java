package nl.jobbranding.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import nl.jobbranding.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The moderation queue in one call: each waiting story with its series, its unit's sensitivity, "
        + "what the audiences of its channels expect and the campaign's values with their guidance.")
public record ModerationOverview(
        List<Item> items,
        @JsonProperty("_links") Page.PageLinks links,
        @Schema(description = "Services whose part is missing.", example = "[]") List<String> missing) {

    @Schema(name = "ModerationOverviewItem", description = "A waiting story and what a reviewer needs around it.")
    public record Item(
            @Schema(ref = "QueueItem") JsonNode story,
            @Schema(nullable = true, ref = "Series") JsonNode series,
            @Schema(nullable = true) UnitSummary unit,
            List<Channel> channels,
            @Schema(description = "The values the reviewer checks the story against (one verdict each in the review): the "
                    + "campaign's, with its guidance, including the campaign's own values.")
            List<JsonNode> values) {
    }

    @Schema(name = "ModerationChannel", description = "A channel the story is meant for, with its audience's expectations.")
    public record Channel(
            @Schema(example = "instagram") String code,
            @Schema(nullable = true, example = "Instagram") String name,
            @Schema(nullable = true, ref = "AudienceExpectations") JsonNode audience) {
    }
}
