package nl.jobbranding.content.api;

import nl.jobbranding.content.model.AppealOutcome;
import nl.jobbranding.content.model.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A unit's appeal against a rejection or a request for changes, and its outcome once decided.")
public record Appeal(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60") UUID id,
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(description = "The review whose decision is appealed.", example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")
        UUID reviewId,
        @Schema(description = "The decision appealed against.", example = "reject") Decision decision,
        @Schema(example = "Redactie DJI") String appealedByName,
        @Schema(example = "De genoemde collega heeft toestemming gegeven; zie het toestemmingsformulier.") String reasons,
        @Schema(example = "2026-11-21T10:00:00Z") Instant appealedAt,
        @Schema(nullable = true, description = "Empty while the appeal waits for a decision.", example = "overturned") AppealOutcome outcome,
        @Schema(nullable = true, example = "Joris") String decidedByName,
        @Schema(nullable = true, example = "De toestemming dekt dit verhaal; het gaat terug naar de wachtrij.") String outcomeReasons,
        @Schema(nullable = true, example = "2026-11-22T09:00:00Z") Instant decidedAt) {
}
