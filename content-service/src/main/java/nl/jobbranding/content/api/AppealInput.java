package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "An appeal against the story's latest decision: a rejection or a request for changes.")
public record AppealInput(
        @Schema(description = "The review whose decision is appealed.", example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")
        @NotNull UUID reviewId,
        @Schema(description = "Why the decision should be reconsidered.",
                example = "De genoemde collega heeft toestemming gegeven; zie het toestemmingsformulier.")
        @NotBlank @Size(max = 4000) String reasons) {
}
