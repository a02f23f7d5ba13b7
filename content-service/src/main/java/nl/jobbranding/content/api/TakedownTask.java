package nl.jobbranding.content.api;

import nl.jobbranding.content.model.TakedownCause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A post to take down because its story went off line; open until someone confirms it is gone.")
public record TakedownTask(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a70") UUID id,
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "linkedin") String channel,
        @Schema(description = "The post to take down.", example = "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000000")
        String url,
        @Schema(example = "consent") TakedownCause cause,
        @Schema(example = "2026-12-15T10:00:00Z") Instant openedAt,
        @Schema(nullable = true, description = "When the post was taken down; absent while the task is open.", example = "2026-12-15T11:30:00Z")
        Instant takenDownAt,
        @Schema(nullable = true, description = "Who confirmed it.", example = "Joris") String confirmedByName,
        @Schema(nullable = true, example = "2026-12-15T11:32:00Z") Instant confirmedAt) {
}
