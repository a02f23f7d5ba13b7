package nl.jobbranding.content.api;

import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "How many stories of a series are in one state.")
public record StoryCount(
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(example = "submitted") StoryState state,
        @Schema(example = "3") long count) {
}
