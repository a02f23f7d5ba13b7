package nl.jobbranding.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A page of the events feed. Unlike other lists it always has a position to go on from ({@code after}): a client
 * stores it and asks again later to get what happened since.
 */
public record EventFeed(
        @Schema(description = "Events in the order they were committed; the same order on every read.")
        List<Event> items,
        @Schema(description = "Where to go on from: pass it as 'after' next time (the same as sent when nothing new was "
                + "committed).", examples = "MTIzNC41Ng")
        String after,
        @JsonProperty("_links")
        @Schema(description = "This page and, when the page is full (more may be waiting), the next one.")
        Page.PageLinks links) {
}
