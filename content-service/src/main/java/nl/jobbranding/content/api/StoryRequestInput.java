package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.UUID;

@Schema(description = "A story idea or request to a unit, or to one of its series.")
public record StoryRequestInput(
        @Schema(description = "The unit asked for the story.", example = "RWS")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,23}") String unitCode,
        @Schema(description = "The unit's series the story is for (optional); it must be the unit's.",
                example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(description = "What the story should be about.", example = "Een nachtdienst bij de Van Brienenoordbrug")
        @NotBlank @Size(max = 200) String topic,
        @Schema(description = "The target group it should reach (a code of campaign-service, optional).", example = "mbo-vakmensen")
        @Size(max = 40) String targetGroup,
        @Schema(description = "The channel it is meant for (a code of campaign-service, optional; with a series, one of its channels).",
                example = "linkedin") @Size(max = 32) String channel,
        @Schema(description = "The month by which the story is wanted.", type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$",
                example = "2027-03") @NotNull YearMonth wantedBy,
        @Schema(description = "Anything else the unit should know.",
                example = "De technische opleiding verdient aandacht; vacatures lopen tot april.") @Size(max = 4000) String notes) {
}
