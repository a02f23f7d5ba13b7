package nl.jobbranding.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A draft to screen without storing anything: the same shape as a story, the series optional.")
public record ScreeningRequest(
        @Schema(description = "The series; when given, the terms its campaign added to the screen apply too.",
                example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(description = "The unit whose story it would be; its sensitivity decides what blocks.", example = "DJI")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,23}") String unitCode,
        @NotNull @Valid StoryContent content) {
}
