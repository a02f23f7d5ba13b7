package nl.jobbranding.content.api;

import nl.jobbranding.content.model.StoryRequestState;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

@Schema(description = "A story idea or request to a unit: open until the unit accepts or declines it; accepted, the unit "
        + "links the story that answers it, and the request is fulfilled when that story is published.")
public record StoryRequest(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a70") UUID id,
        @Schema(example = "RWS") String unitCode,
        @Schema(nullable = true, example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(nullable = true, description = "The series' campaign, when the request names a series.", example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79")
        UUID campaignId,
        @Schema(example = "Een nachtdienst bij de Van Brienenoordbrug") String topic,
        @Schema(nullable = true, example = "mbo-vakmensen") String targetGroup,
        @Schema(nullable = true, example = "linkedin") String channel,
        @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2027-03") YearMonth wantedBy,
        @Schema(nullable = true, example = "De technische opleiding verdient aandacht; vacatures lopen tot april.") String notes,
        @Schema(example = "accepted") StoryRequestState state,
        @Schema(example = "Fatima") String requestedByName,
        @Schema(example = "2026-11-30T09:00:00Z") Instant requestedAt,
        @Schema(nullable = true, description = "The unit's reason for accepting or declining.", example = "Past in de serie; we plannen het voor februari.")
        String decisionReason,
        @Schema(nullable = true, example = "Redactie RWS") String decidedByName,
        @Schema(nullable = true, example = "2026-11-30T10:00:00Z") Instant decidedAt,
        @Schema(nullable = true, description = "The story that answers the request, once the unit linked one.") LinkedStory story,
        @Schema(nullable = true, description = "When the linked story was published.", example = "2027-02-10T07:00:00Z") Instant fulfilledAt) {

    @Schema(name = "StoryRequestStory", description = "The story linked to a request, with its state now.")
    public record LinkedStory(
            @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID id,
            @Schema(example = "Een nacht op de brug") String title,
            @Schema(example = "in-review") StoryState state,
            @Schema(example = "2026-12-01T09:00:00Z") Instant linkedAt) {
    }
}
