package nl.jobbranding.content.api;

import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "How many stories entered a state in one period (a week from Monday, or a month), per unit, series or "
        + "channel as groupBy says. A story counts once per period and state; a story on two channels counts on both.")
public record StoryFlowRow(
        @Schema(description = "The period's first day (UTC).", example = "2026-11-01") LocalDate period,
        @Schema(example = "published") StoryState state,
        @Schema(nullable = true, description = "The unit code, series id or channel code the row counts; absent when grouped by state only.",
                example = "RWS") String key,
        @Schema(example = "4") long stories) {
}
