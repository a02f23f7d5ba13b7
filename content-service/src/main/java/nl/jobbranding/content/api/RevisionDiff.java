package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What changed in a story's content from one revision to another.")
public record RevisionDiff(
        @Schema(example = "1") int from,
        @Schema(example = "2") int to,
        @Schema(description = "Every changed field, by its path in the content.") List<FieldChange> changes,
        @Schema(description = "The body's changes as a unified diff, line by line; empty when the body did not change.",
                example = "[\"--- revision 1\", \"+++ revision 2\", \"@@ -1,1 +1,1 @@\", \"-Oude zin.\", \"+Nieuwe zin.\"]")
        List<String> bodyDiff) {

    @Schema(name = "FieldChange", description = "One field that differs between two revisions.")
    public record FieldChange(
            @Schema(example = "title") String path,
            @Schema(example = "changed", enumeration = {"added", "removed", "changed"}) String change,
            @Schema(description = "The value in the older revision (JSON).", example = "\"Een nacht in PI Vught\"") Object before,
            @Schema(description = "The value in the newer revision (JSON).", example = "\"Een nachtdienst in PI Vught\"") Object after) {
    }
}
