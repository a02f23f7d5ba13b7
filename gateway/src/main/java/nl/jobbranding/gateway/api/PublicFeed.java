package nl.jobbranding.gateway.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import nl.jobbranding.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Published stories for career sites, newest publication first, with the names of their campaign, "
        + "series and unit. Follow _links.next.href for more; a page holds as many items as asked unless it is the last.")
public record PublicFeed(
        List<Item> items,
        @JsonProperty("_links") Page.PageLinks links,
        @Schema(description = "Services whose part is missing (the names are then absent).", example = "[]") List<String> missing) {

    @Schema(name = "PublicFeedItem", description = "A published story with the names around it.")
    public record Item(
            @Schema(ref = "PublishedStory") JsonNode story,
            @Schema(nullable = true) Named campaign,
            @Schema(nullable = true) Named series,
            @Schema(nullable = true) UnitSummary unit,
            @Schema(description = "The series' target groups.", example = "[\"zij-instromers\"]") List<String> targetGroups) {
    }

    @Schema(name = "NamedReference", description = "An id with its name.")
    public record Named(
            @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") String id,
            @Schema(nullable = true, example = "Werken voor Nederland") String name) {
    }
}
