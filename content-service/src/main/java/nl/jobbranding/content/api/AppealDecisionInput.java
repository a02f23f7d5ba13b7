package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.AppealOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The decision on an appeal: the decision appealed against stands (upheld) or is undone (overturned).")
public record AppealDecisionInput(
        @Schema(example = "overturned") @NotNull AppealOutcome outcome,
        @Schema(description = "Why; the unit sees them.", example = "De toestemming dekt dit verhaal; het gaat terug naar de wachtrij.")
        @NotBlank @Size(max = 4000) String reasons) {
}
