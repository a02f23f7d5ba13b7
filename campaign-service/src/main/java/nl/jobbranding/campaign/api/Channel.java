package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An online channel with its audience's expectations.")
public record Channel(
        @Schema(example = "linkedin") String code,
        @Schema(example = "LinkedIn") String name,
        AudienceExpectations audience,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
