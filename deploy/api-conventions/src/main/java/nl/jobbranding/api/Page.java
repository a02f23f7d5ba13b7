package nl.jobbranding.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list. Lists are paged by cursor (keyset): follow {@code _links.next.href} until it is absent.
 * Items inserted while paging never cause an item to be returned twice or skipped.
 */
public record Page<T>(
        @Schema(description = "The items on this page, in a stable order.")
        List<T> items,
        @JsonProperty("_links")
        @Schema(description = "Links to this page and, when there are more items, the next page.")
        PageLinks links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = "self")
    public record PageLinks(Link self, Link next) {
    }

    public record Link(@Schema(example = "https://api.example.nl/api/v1/channels?limit=20") String href) {
    }
}
