package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Review lead times of one unit or channel: from a story's submission to each review decision on it, "
        + "over the decisions taken in the period (percentile_cont, in whole seconds).")
public record LeadTimeRow(
        @Schema(nullable = true, description = "The unit code or channel code; absent for all decisions together.", example = "RWS") String key,
        @Schema(description = "Review decisions taken in the period.", example = "12") long decisions,
        @Schema(description = "Median lead time, in seconds.", example = "5400") long medianSeconds,
        @Schema(description = "90th percentile of the lead time, in seconds.", example = "86400") long p90Seconds) {
}
