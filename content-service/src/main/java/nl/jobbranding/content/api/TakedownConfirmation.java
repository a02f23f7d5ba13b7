package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "The post is gone: when it was taken down.")
public record TakedownConfirmation(
        @Schema(description = "When the post was taken down: now when absent; not in the future, not before it was posted.",
                example = "2026-12-15T11:30:00Z")
        Instant takenDownAt) {
}
