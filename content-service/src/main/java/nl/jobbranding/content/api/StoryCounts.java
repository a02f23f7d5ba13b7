package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "Story counts per series and state; states without stories are left out.")
public record StoryCounts(
        List<StoryCount> counts,
        @Schema(nullable = true, description = "Stories published per series and month (UTC), from the month asked for in publishedFrom on; "
                + "absent when it was not asked. Months without a publication are left out.")
        List<PublishedInMonth> publishedPerMonth) {

    @Schema(name = "PublishedInMonth", description = "How many stories of a series were published in one month.")
    public record PublishedInMonth(
            @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$",
                    example = "2026-11") java.time.YearMonth month,
            @Schema(example = "3") long published) {
    }
}
