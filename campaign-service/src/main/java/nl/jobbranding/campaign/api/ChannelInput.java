package nl.jobbranding.campaign.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A channel as a client writes it. On update the code must stay the same.")
public record ChannelInput(
        @Schema(description = "Short, stable identifier.", example = "linkedin", pattern = Codes.CHANNEL)
        @NotBlank @Pattern(regexp = Codes.CHANNEL, message = Codes.CHANNEL_MESSAGE) String code,
        @Schema(example = "LinkedIn") @NotBlank @Size(max = 100) String name,
        @NotNull @Valid AudienceExpectations audience) {
}
