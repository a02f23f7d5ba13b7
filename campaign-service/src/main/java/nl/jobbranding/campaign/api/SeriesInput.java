package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.campaign.model.ContentFormat;
import nl.jobbranding.campaign.model.SeriesStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A series as a client writes it. Its channels and target groups must be the campaign's, and its "
        + "format must suit each channel. A series can be active only while its campaign is. Campaign and unit cannot change.")
public record SeriesInput(
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") @NotNull UUID campaignId,
        @Schema(example = "DJI") @NotBlank String unitCode,
        @Schema(example = "De scherpe blik") @NotBlank @Size(max = 200) String name,
        @Schema(example = "Medewerkers van DJI vertellen hoe zij met aandacht en alertheid hun werk doen.")
        @Size(max = 4000) String description,
        @Schema(example = "short-video") @NotNull ContentFormat format,
        @Schema(example = "[\"instagram\", \"youtube\"]") @NotEmpty @Size(max = 20) List<@NotBlank String> channels,
        @Schema(example = "[\"zij-instromers\"]") @Size(max = 20) List<@NotBlank String> targetGroups,
        @Schema(description = "Planned cadence: stories per month.", example = "4") @NotNull @Min(1) @Max(100) Integer storiesPerMonth,
        @Schema(description = "Absent: planned for a new series, unchanged on update.", example = "active") SeriesStatus status) {
}
