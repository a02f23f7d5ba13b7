package nl.jobbranding.campaign.api;

import nl.jobbranding.campaign.model.CampaignStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "An umbrella campaign under which units make their daily work visible.")
public record Campaign(
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID id,
        @Schema(example = "Werken voor Nederland") String name,
        @Schema(nullable = true, example = "Zie wat wij elke dag doen") String tagline,
        @Schema(nullable = true, example = "Eén herkenbaar concept waaronder rijksonderdelen hun dagelijkse werk laten zien.") String description,
        @Schema(example = "2026-01-01") LocalDate startDate,
        @Schema(nullable = true, example = "2027-12-31") LocalDate endDate,
        @Schema(example = "active") CampaignStatus status,
        @Schema(description = "The statuses this campaign can move to now.", example = "[\"closed\"]")
        List<CampaignStatus> allowedTransitions,
        @Schema(description = "The values stories are reviewed against: the four government-wide ones first.")
        List<CampaignValueView> values,
        @Schema(example = "[\"ict-professionals\", \"zij-instromers\"]") List<String> targetGroups,
        @Schema(example = "[\"instagram\", \"linkedin\"]") List<String> channels,
        @Schema(description = "Terms the campaign adds to the pre-screen of its stories.") List<ScreeningTerm> screeningTerms,
        @Schema(example = "2026-11-01T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-02T14:00:00Z") Instant updatedAt) {
}
