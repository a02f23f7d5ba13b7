package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Takedown times of one channel: from a takedown task opening (its story going off line) to its "
        + "confirmation, over the takedowns confirmed in the period (percentile_cont, in whole seconds).")
public record TakedownTimeRow(
        @Schema(description = "The channel code.", example = "linkedin") String channel,
        @Schema(description = "Takedowns confirmed in the period.", example = "4") long takedowns,
        @Schema(description = "Median time from opened to confirmed, in seconds.", example = "5400") long medianSeconds,
        @Schema(description = "90th percentile of the time from opened to confirmed, in seconds.", example = "86400")
        long p90Seconds) {
}
