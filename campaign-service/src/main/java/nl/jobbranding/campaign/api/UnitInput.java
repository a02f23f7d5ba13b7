package nl.jobbranding.campaign.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A unit as a client writes it. On update the code must stay the same.")
public record UnitInput(
        @Schema(example = "DJI", pattern = Codes.UNIT)
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String code,
        @Schema(example = "Dienst Justitiële Inrichtingen") @NotBlank @Size(max = 200) String name,
        @Schema(example = "Zorgt voor de tenuitvoerlegging van vrijheidsbenemende straffen en maatregelen.")
        @Size(max = 2000) String description,
        @Schema(description = "Staff must not be findable online (prison, prosecution, investigation): stories are "
                + "screened strictly for traceable details.", example = "true")
        @NotNull Boolean sensitive,
        @NotNull @Valid ContactPoint contact) {
}
