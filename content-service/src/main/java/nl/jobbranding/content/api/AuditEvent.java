package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "One entry of a story's audit trail: who did what, when, from which state to which, on which "
        + "revision, and why. Entries are never changed or removed.")
public record AuditEvent(
        @Schema(example = "17") long sequence,
        @Schema(example = "2026-11-20T09:15:00Z") Instant at,
        @Schema(example = "Fatima") String actorName,
        @Schema(example = "community-manager") Role actorRole,
        @Schema(example = "request-changes") Action action,
        @Schema(nullable = true, example = "in-review") StoryState fromState,
        @Schema(example = "changes-requested") StoryState toState,
        @Schema(example = "2") int revision,
        @Schema(nullable = true, example = "Haal de naam van de collega uit de tweede alinea.") String reason) {
}
