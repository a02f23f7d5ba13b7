package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A moderation decision on a published or rejected story, without personal data: which values, what "
        + "verdicts, what decision, when.")
public record TransparencyEntry(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c") UUID reviewId,
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(example = "DJI") String unitCode,
        @Schema(description = "The story's state now.", example = "published") StoryState storyState,
        @Schema(example = "approve") Decision decision,
        @Schema(description = "The verdict per value.") List<ValueOutcome> values,
        @Schema(example = "2026-11-20T09:15:00Z") Instant decidedAt) {

    @Schema(name = "ValueOutcome", description = "The verdict on one value.")
    public record ValueOutcome(@Schema(example = "careful") String value, @Schema(example = "meets") Verdict verdict) {
    }
}
