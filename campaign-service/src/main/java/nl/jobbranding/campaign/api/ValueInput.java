package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value of the campaign. With the code of a government-wide value (careful, just, cost-conscious, "
        + "transparent) it replaces that value's name and guidance; any other code adds a value of the campaign's own.")
public record ValueInput(
        @Schema(example = "inclusive", pattern = Codes.VALUE)
        @NotBlank @Pattern(regexp = Codes.VALUE, message = Codes.VALUE_MESSAGE) String code,
        @Schema(example = "Inclusief") @NotBlank @Size(max = 100) String name,
        @Schema(example = "Laat zien dat iedereen met de juiste motivatie welkom is, ook zonder diploma.")
        @NotBlank @Size(max = 2000) String guidance) {
}
