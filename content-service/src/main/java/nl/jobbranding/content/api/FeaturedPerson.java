package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A person who appears in stories, with their consent.")
public record FeaturedPerson(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60") UUID id,
        @Schema(example = "DJI") String unitCode,
        @Schema(example = "Mohamed") String name,
        @Schema(example = "Foto en voornaam in verhalen over de nachtdienst, zonder locatie.") String consentScope,
        @Schema(example = "[\"blog\", \"linkedin\"]") List<String> channels,
        @Schema(example = "2026-11-01") LocalDate givenOn,
        @Schema(example = "2027-10-31") LocalDate validUntil,
        @Schema(nullable = true, description = "When the consent was withdrawn; absent while it holds.", example = "2026-12-15T10:00:00Z")
        Instant withdrawnAt,
        @Schema(nullable = true, example = "Wil niet meer herkenbaar online staan.") String withdrawalReason,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-01T09:30:00Z") Instant updatedAt) {
}
