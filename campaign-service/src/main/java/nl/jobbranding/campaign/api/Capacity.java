package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(description = "Community-management capacity of a campaign on one channel.")
public record Capacity(
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(example = "instagram") String channel,
        @Schema(example = "4.5") BigDecimal hoursPerWeek,
        @Schema(example = "30") int reviewMinutesPerStory,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
