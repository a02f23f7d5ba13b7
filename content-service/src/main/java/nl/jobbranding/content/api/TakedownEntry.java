package nl.jobbranding.content.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import nl.jobbranding.content.model.TakedownCause;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

@Schema(description = "A takedown as the public sees it: which story on which channel, why, and how long it took; no "
        + "names, no post addresses.")
public record TakedownEntry(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "linkedin") String channel,
        @Schema(example = "consent") TakedownCause cause,
        @Schema(description = "When the story went off line and the task opened.", example = "2026-12-15T10:00:00Z") Instant openedAt,
        @Schema(nullable = true, description = "When the post was taken down; absent while it is still up.", example = "2026-12-15T11:30:00Z")
        Instant takenDownAt,
        @Schema(nullable = true, description = "How long it took from the story going off line, as an ISO 8601 duration (zero when the post was down before); absent while the post is still up.", example = "PT1H30M",
                implementation = String.class) @JsonFormat(shape = JsonFormat.Shape.STRING) Duration took) {
}
