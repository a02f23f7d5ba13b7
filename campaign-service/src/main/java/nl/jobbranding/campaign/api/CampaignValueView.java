package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignValue", description = "A value the campaign's stories are reviewed against.")
public record CampaignValueView(
        @Schema(example = "careful") String code,
        @Schema(example = "Zorgvuldig") String name,
        @Schema(example = "Geen persoonsgegevens van medewerkers die niet vindbaar mogen zijn.") String guidance,
        @Schema(description = "One of the four values that hold for every government campaign.", example = "true")
        boolean governmentWide) {
}
