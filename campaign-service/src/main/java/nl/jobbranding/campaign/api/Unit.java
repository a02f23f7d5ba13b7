package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An organisation unit that makes its daily work visible.")
public record Unit(
        @Schema(example = "DJI") String code,
        @Schema(example = "Dienst Justitiële Inrichtingen") String name,
        @Schema(nullable = true, example = "Zorgt voor de tenuitvoerlegging van vrijheidsbenemende straffen en maatregelen.") String description,
        @Schema(example = "true") boolean sensitive,
        ContactPoint contact,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
