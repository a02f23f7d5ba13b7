package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's decision that a pre-screen finding does not apply.")
public record DismissalInput(
        @Schema(description = "The finding's id, as the screening gives it.", example = "careful.phone-number@body:120-131")
        @NotBlank @Size(max = 300) String findingId,
        @Schema(description = "Why it does not apply; recorded in the audit trail.",
                example = "Dit is het algemene nummer van de inrichting, dat staat ook op de website.")
        @NotBlank @Size(max = 2000) String reason) {
}
