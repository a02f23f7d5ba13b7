package nl.jobbranding.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A story to write or revise. Series and unit are fixed once the story exists.")
public record StoryInput(
        @Schema(description = "The series (in campaign-service) the story belongs to.", example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f")
        @NotNull UUID seriesId,
        @Schema(description = "The unit whose story it is; a unit editor writes for their own unit only.", example = "DJI")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,23}") String unitCode,
        @NotNull @Valid StoryContent content) {
}
