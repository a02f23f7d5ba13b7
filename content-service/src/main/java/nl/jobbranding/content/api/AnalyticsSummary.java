package nl.jobbranding.content.api;

import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A period's figures at a glance, as an overview shows them: stories that entered each state, review "
        + "lead time over all decisions and appeal outcomes. The same figures as story-flow, review-lead-times (groupBy=all) "
        + "and appeal-outcomes give for the period, in one answer.")
public record AnalyticsSummary(
        @Schema(description = "The period's first day (UTC).", example = "2026-11-01") LocalDate from,
        @Schema(description = "The period's last day (UTC), included.", example = "2026-11-30") LocalDate to,
        @Schema(description = "Per state, the stories that entered it in the period (each story once per state); states no "
                + "story entered are left out.") List<StateCount> storiesEntered,
        @Schema(description = "Review decisions taken in the period.", example = "14") long reviewDecisions,
        @Schema(nullable = true, description = "Median review lead time (submitted to decided), in whole seconds; absent "
                + "without decisions.", example = "5400") Long leadTimeMedianSeconds,
        @Schema(nullable = true, description = "90th percentile of the review lead time, in whole seconds; absent without "
                + "decisions.", example = "86400") Long leadTimeP90Seconds,
        @Schema(description = "Appeals made in the period.") AppealCounts appeals) {

    @Schema(description = "How many stories entered one state.")
    public record StateCount(
            @Schema(example = "published") StoryState state,
            @Schema(example = "7") long stories) {
    }
}
