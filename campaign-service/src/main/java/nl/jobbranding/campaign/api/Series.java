package nl.jobbranding.campaign.api;

import nl.jobbranding.campaign.model.ContentFormat;
import nl.jobbranding.campaign.model.SeriesStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A unit's job-branding series within a campaign.")
public record Series(
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID id,
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(example = "DJI") String unitCode,
        @Schema(example = "De scherpe blik") String name,
        @Schema(nullable = true, example = "Medewerkers van DJI vertellen hoe zij met aandacht en alertheid hun werk doen.") String description,
        @Schema(example = "short-video") ContentFormat format,
        @Schema(example = "[\"instagram\", \"linkedin\"]") List<String> channels,
        @Schema(example = "[\"zij-instromers\"]") List<String> targetGroups,
        @Schema(example = "4") int storiesPerMonth,
        @Schema(example = "active") SeriesStatus status,
        @Schema(description = "The statuses this series can move to now.", example = "[\"paused\", \"ended\"]")
        List<SeriesStatus> allowedTransitions,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
