package nl.jobbranding.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Map;

@Schema(description = "The campaign's headline figures over the last 30 days (UTC), from content-service's analytics: stories "
        + "that entered each state, review lead time and appeal outcomes. Only for community and campaign managers.")
public record CampaignHeadlines(
        @Schema(example = "2026-11-01") LocalDate from,
        @Schema(example = "2026-11-30") LocalDate to,
        @Schema(description = "Stories that entered each state in the period.",
                example = "{\"submitted\": 12, \"approved\": 9, \"published\": 7}") Map<String, Long> storiesEntered,
        @Schema(description = "Review decisions taken in the period.", example = "14") long reviewDecisions,
        @Schema(nullable = true, description = "Median review lead time (submitted to decided), in seconds; absent without decisions.",
                example = "5400") Long leadTimeMedianSeconds,
        @Schema(nullable = true, description = "90th percentile of the review lead time, in seconds; absent without decisions.",
                example = "86400") Long leadTimeP90Seconds,
        @Schema(description = "Appeals made in the period: appealed, pending, upheld, overturned.",
                example = "{\"appealed\": 2, \"pending\": 1, \"upheld\": 0, \"overturned\": 1}") Map<String, Long> appeals) {
}
