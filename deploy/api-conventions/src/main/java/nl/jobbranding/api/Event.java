package nl.jobbranding.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event, as the events feed lists it and as a webhook delivers it (the Standard Webhooks payload: type, timestamp,
 * data; the id is also the delivery's {@code webhook-id}, so a receiver de-duplicates by it).
 */
@Schema(description = "Something that happened, told once per change.")
public record Event(
        @Schema(description = "The event's id; a redelivery carries the same id (header webhook-id).",
                examples = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79")
        UUID id,
        @Schema(description = "What happened, e.g. story.published, series.changed.", examples = "story.published")
        String type,
        @Schema(description = "When it happened (UTC).", examples = "2026-12-01T07:00:00Z")
        Instant timestamp,
        @Schema(description = "Ids, codes and states of what changed; never names or texts.",
                examples = "{\"storyId\": \"0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79\", \"state\": \"published\"}")
        Map<String, Object> data) {
}
