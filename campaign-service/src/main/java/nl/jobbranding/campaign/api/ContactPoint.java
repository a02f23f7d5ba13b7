package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whom candidates can ask what working at the unit is like. At least one of email, phone and url. "
        + "For a sensitive unit, use a team or function, not a person's name.")
public record ContactPoint(
        @Schema(description = "A team, function or person.", example = "Team Werken bij DJI")
        @NotBlank @Size(max = 200) String name,
        @Schema(example = "werkenbij@dji.example.nl") @Email @Size(max = 254) String email,
        @Schema(description = "Dutch or international number; stored and returned in E.164 form.", example = "+31881234567")
        @Size(max = 32) String phone,
        @Schema(example = "https://www.werkenbijdji.nl/vraag-het-ons")
        @Pattern(regexp = "^https://\\S+$", message = "must be an https URL") @Size(max = 500) String url) {
}
