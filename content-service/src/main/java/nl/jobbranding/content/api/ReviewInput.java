package nl.jobbranding.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A review of the story's current revision: a verdict per value of the campaign and per channel, and "
        + "a decision.")
public record ReviewInput(
        @Schema(description = "The revision reviewed; must be the current one.", example = "2") @NotNull Integer revision,
        @Schema(description = "One verdict for each of the campaign's values.")
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid ValueVerdict> values,
        @Schema(description = "One verdict for each channel the story is meant for: does it fit the audience?")
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid ChannelVerdict> channels,
        @Schema(example = "request-changes") @NotNull Decision decision,
        @Schema(description = "Required when requesting changes (the author sees them) or rejecting.",
                example = "Haal de naam van de collega uit de tweede alinea.")
        @Size(max = 4000) String reasons) {

    @Schema(name = "ValueVerdict", description = "The verdict on one value; an explanation is required unless it is 'meets'.")
    public record ValueVerdict(
            @Schema(example = "careful") @NotBlank @Size(max = 40) String value,
            @Schema(example = "concern") @NotNull Verdict verdict,
            @Schema(example = "De functie en locatie maken de medewerker herkenbaar.") @Size(max = 2000) String explanation) {
    }

    @Schema(name = "ChannelVerdict", description = "The verdict on the fit with one channel's audience; an explanation is "
            + "required unless it is 'meets'.")
    public record ChannelVerdict(
            @Schema(example = "linkedin") @NotBlank @Size(max = 32) String channel,
            @Schema(example = "concern") @NotNull Verdict verdict,
            @Schema(example = "Te lang voor LinkedIn: houd het onder 3.000 tekens.") @Size(max = 2000) String explanation) {
    }
}
