package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A group of candidates a campaign wants to reach.")
public record TargetGroup(
        @Schema(example = "zij-instromers") String code,
        @Schema(example = "Zij-instromers") String name,
        @Schema(nullable = true, example = "Mensen met werkervaring elders die een nieuwe richting zoeken.") String description,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
