package nl.jobbranding.campaign.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.campaign.model.CampaignStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A campaign as a client writes it. A new campaign starts as draft. On update, a different status "
        + "moves the campaign along its lifecycle (draft to active or closed, active to closed); closing it ends its series.")
public record CampaignInput(
        @Schema(example = "Werken voor Nederland") @NotBlank @Size(max = 200) String name,
        @Schema(description = "The concept in one line.", example = "Zie wat wij elke dag doen")
        @Size(max = 300) String tagline,
        @Schema(example = "Eén herkenbaar concept waaronder rijksonderdelen hun dagelijkse werk laten zien.")
        @Size(max = 4000) String description,
        @Schema(description = "First day of the campaign.", example = "2026-01-01") @NotNull LocalDate startDate,
        @Schema(description = "Last day of the campaign; none while it runs open-ended.", example = "2027-12-31") LocalDate endDate,
        @Schema(description = "On create: absent or draft (any other status is refused with 400; activate the campaign "
                + "with an update). On update: the new status, or absent for unchanged.", example = "draft") CampaignStatus status,
        @Schema(description = "Own values and sharper guidance for the government-wide ones; those four are always there.")
        @Size(max = 20) List<@NotNull @Valid ValueInput> values,
        @Schema(description = "Codes of the target groups.", example = "[\"zij-instromers\", \"ict-professionals\"]")
        @Size(max = 50) List<@NotBlank String> targetGroups,
        @Schema(description = "Codes of the channels.", example = "[\"linkedin\", \"instagram\"]")
        @Size(max = 50) List<@NotBlank String> channels,
        @Schema(description = "Terms the campaign adds to the pre-screen of its stories.")
        @Size(max = 100) List<@NotNull @Valid ScreeningTerm> screeningTerms) {
}
