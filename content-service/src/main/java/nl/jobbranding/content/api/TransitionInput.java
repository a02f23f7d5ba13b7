package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.Action;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A move of a story through the workflow. Review decisions (approve, request changes, reject) "
        + "are made by posting a review instead.")
public record TransitionInput(
        @Schema(description = "The step to take; the review decisions and the steps only the service takes are not among them.",
                type = SchemaType.STRING, implementation = String.class,
                enumeration = {"submit", "retract", "claim", "release", "schedule", "unschedule", "publish", "withdraw", "archive"},
                example = "claim")
        @NotNull Action action,
        @Schema(description = "Why; required for withdraw.", example = "De campagne stopt met deze serie.") @Size(max = 2000) String reason,
        @Schema(description = "For schedule: when to publish (in the future).", example = "2026-12-01T07:00:00Z") Instant publishAt,
        @Schema(description = "For schedule and publish: when to take the story off line again (optional).",
                example = "2027-03-01T00:00:00Z") Instant expiresAt,
        @Schema(description = "For submit of a correction of a published story: the author declares it minor (a typo), so "
                + "one approval suffices, also for a sensitive unit. Absent or false otherwise.", example = "false")
        Boolean minorCorrection) {
}
