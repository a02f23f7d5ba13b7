package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "The story that answers an accepted request: the unit's own, of the request's series when it names one.")
public record StoryRequestFulfilmentInput(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") @NotNull UUID storyId) {
}
