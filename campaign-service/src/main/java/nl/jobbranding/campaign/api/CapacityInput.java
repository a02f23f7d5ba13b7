package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(description = "Community-management capacity of a campaign on one channel.")
public record CapacityInput(
        @Schema(description = "Community-management hours per week for this channel.", example = "4.5")
        @NotNull @DecimalMin("0") @DecimalMax("168") @Digits(integer = 3, fraction = 2) BigDecimal hoursPerWeek,
        @Schema(description = "Minutes a community manager needs to review one story for this channel.", example = "30")
        @NotNull @Min(1) @Max(480) Integer reviewMinutesPerStory) {
}
