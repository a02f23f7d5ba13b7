package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A comment on a revision of a story.")
public record Comment(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a61") UUID id,
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "2") int revision,
        @Schema(nullable = true, description = "The comment this replies to; absent for the first comment of a thread.") UUID inReplyTo,
        @Schema(example = "Fatima") String authorName,
        @Schema(example = "Kun je de tweede alinea korter maken?") String text,
        @Schema(nullable = true, description = "When the thread was marked resolved; absent while open.") Instant resolvedAt,
        @Schema(nullable = true, example = "Redactie DJI") String resolvedByName,
        @Schema(example = "2026-11-20T09:00:00Z") Instant createdAt) {
}
