package nl.jobbranding.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@Schema(description = "Is there capacity for it? Whether the review work that the active series plan fits the "
        + "community-management hours of each channel. A story is reviewed once for every channel it goes to, a sensitive "
        + "unit's story twice (two community managers must approve it); a month counts as 52/12 weeks.")
public record CapacityAssessment(
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(description = "True when every channel has enough capacity.", example = "false") boolean fits,
        @Schema(example = "Not enough capacity on instagram: 0.42 hours per week short.") String summary,
        @Schema(description = "One entry per channel of the campaign or with capacity, by code.") List<ChannelLoad> channels) {

    @Schema(description = "The review load on one channel against its capacity.")
    public record ChannelLoad(
            @Schema(example = "instagram") String channel,
            @Schema(example = "false") boolean fits,
            @Schema(nullable = true, description = "Null when no capacity is set for the channel.", example = "0.50") BigDecimal hoursPerWeek,
            @Schema(nullable = true, example = "30") Integer reviewMinutesPerStory,
            @Schema(description = "Stories per week from the active series on this channel.", example = "1.85") BigDecimal storiesPerWeek,
            @Schema(description = "Reviews per week those stories need: a sensitive unit's story counts twice.", example = "3.69")
            BigDecimal reviewsPerWeek,
            @Schema(nullable = true, description = "Reviews per week times the review minutes per story, in hours.", example = "1.85")
            BigDecimal requiredHoursPerWeek,
            @Schema(nullable = true, description = "Hours per week short; 0 when it fits.", example = "0.42") BigDecimal shortfallHoursPerWeek,
            @Schema(nullable = true, description = "Required as a percentage of available; null when no hours are available.", example = "184.6")
            BigDecimal utilisationPercent,
            @Schema(description = "The active series that publish on this channel.") List<SeriesLoad> series) {
    }

    @Schema(description = "An active series' share of the load.")
    public record SeriesLoad(
            @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID id,
            @Schema(example = "De scherpe blik") String name,
            @Schema(example = "DJI") String unitCode,
            @Schema(example = "4") int storiesPerMonth,
            @Schema(description = "Whether the series' unit is sensitive.", example = "true") boolean sensitiveUnit,
            @Schema(description = "Reviews each story needs on each channel: 2 for a sensitive unit, otherwise 1.", example = "2")
            int reviewsPerStory) {
    }
}
