package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Decision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "How many decisions were appealed and how the appeals ended, without personal data.")
public record AppealCounts(
        @Schema(description = "All appeals.") Count total,
        @Schema(description = "Per decision appealed against (reject, request-changes).") List<Count> perDecision)
        implements nl.jobbranding.api.rest.CsvTable {

    /** As CSV: a row per decision appealed against, then the total (with an empty decision). */
    @Override
    public List<Count> csvRows() {
        List<Count> rows = new java.util.ArrayList<>(perDecision);
        rows.add(total);
        return rows;
    }

    @Override
    public Class<Count> rowType() {
        return Count.class;
    }

    @Schema(name = "AppealCount", description = "Appeals made, waiting, upheld and overturned.")
    public record Count(
            @Schema(nullable = true, description = "The decision appealed against; null for the total.", example = "reject") Decision decision,
            @Schema(example = "12") long appealed,
            @Schema(example = "2") long pending,
            @Schema(example = "7") long upheld,
            @Schema(example = "3") long overturned) {
    }
}
