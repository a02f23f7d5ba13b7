package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A recorded review decision.")
public record Review(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c") UUID id,
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "2") int revision,
        @Schema(example = "Fatima") String reviewerName,
        @Schema(example = "request-changes") Decision decision,
        @Schema(nullable = true, example = "Haal de naam van de collega uit de tweede alinea.") String reasons,
        List<ReviewInput.ValueVerdict> values,
        List<ReviewInput.ChannelVerdict> channels,
        @Schema(example = "2026-11-20T09:15:00Z") Instant decidedAt) {
}
