package nl.jobbranding.content.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A story waiting for review, oldest first.")
public record QueueItem(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "Een nachtdienst in PI Vught") String title,
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(example = "DJI") String unitCode,
        @Schema(example = "true") boolean unitSensitive,
        @Schema(example = "[\"linkedin\", \"blog\"]") List<String> channels,
        @Schema(example = "submitted") StoryState state,
        @Schema(example = "2") int revision,
        @Schema(description = "The story's version, as in its ETag: send it quoted in If-Match (\"7\") to claim the story "
                + "without reading it first.", example = "7") long version,
        @Schema(description = "Since when the story waits (its last submission).", example = "2026-11-20T08:00:00Z") Instant waitingSince,
        @Schema(description = "How long it has waited, as an ISO 8601 duration.", example = "PT3H20M",
                implementation = String.class) @JsonFormat(shape = JsonFormat.Shape.STRING) Duration age,
        Story.Approvals approvals,
        @Schema(nullable = true, description = "The claim on it, if any.") Story.Claim claim,
        @Schema(nullable = true, description = "The automated pre-screen's findings per severity; null until the story is screened.")
        PreScreenSummary preScreen) {

    @Schema(name = "PreScreenSummary", description = "How many pre-screen findings the current revision has, per severity.")
    public record PreScreenSummary(
            @Schema(example = "0") int block,
            @Schema(example = "2") int warn,
            @Schema(example = "1") int info) {
    }
}
