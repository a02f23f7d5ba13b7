package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A target group as a client writes it. On update the code must stay the same.")
public record TargetGroupInput(
        @Schema(example = "zij-instromers", pattern = Codes.TARGET_GROUP)
        @NotBlank @Pattern(regexp = Codes.TARGET_GROUP, message = Codes.TARGET_GROUP_MESSAGE) String code,
        @Schema(example = "Zij-instromers") @NotBlank @Size(max = 100) String name,
        @Schema(example = "Mensen met werkervaring elders die een nieuwe richting zoeken.") @Size(max = 1000) String description) {
}
