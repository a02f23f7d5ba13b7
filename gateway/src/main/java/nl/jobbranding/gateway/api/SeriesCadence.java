package nl.jobbranding.gateway.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.List;

@Schema(description = "An active series' planned cadence against the stories it published, for the current month and the two "
        + "before it (UTC; months before the series was made are left out). The series is behind when it published fewer "
        + "stories than planned in the last whole month, or fewer this month than the plan pro rata to today "
        + "(expectedByNow).")
public record SeriesCadence(
        @Schema(description = "Planned stories per month (the series' storiesPerMonth now; earlier plans are not kept).",
                example = "4") int storiesPerMonth,
        List<Month> months,
        @Schema(description = "Stories the plan expects by today this month: storiesPerMonth times the part of the month "
                + "passed, rounded down.", example = "2") int expectedByNow,
        @Schema(description = "Whether the series falls behind its plan.", example = "true") boolean behind) {

    @Schema(name = "CadenceMonth", description = "Planned and published stories of a series in one month.")
    public record Month(
            @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-11") YearMonth month,
            @Schema(example = "4") int planned,
            @Schema(example = "1") long published) {
    }
}
