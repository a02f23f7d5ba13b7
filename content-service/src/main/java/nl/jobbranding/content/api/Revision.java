package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "One saved version of a story's content.")
public record Revision(
        @Schema(example = "2") int number,
        @Schema(example = "Redactie DJI") String createdByName,
        @Schema(example = "2026-11-20T08:00:00Z") Instant createdAt,
        StoryContent content) {
}
