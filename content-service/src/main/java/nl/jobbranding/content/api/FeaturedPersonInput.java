package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A person who appears in stories, with the consent they gave.")
public record FeaturedPersonInput(
        @Schema(example = "DJI") @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,23}") String unitCode,
        @Schema(description = "How the person appears; a first name or pseudonym is enough.", example = "Mohamed")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the person agreed to.", example = "Foto en voornaam in verhalen over de nachtdienst, zonder locatie.")
        @NotBlank @Size(max = 1000) String consentScope,
        @Schema(description = "The channels the consent covers.", example = "[\"linkedin\", \"blog\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}") String> channels,
        @Schema(example = "2026-11-01") @NotNull LocalDate givenOn,
        @Schema(description = "The last day the consent holds.", example = "2027-10-31") @NotNull LocalDate validUntil) {
}
