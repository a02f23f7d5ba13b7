package nl.jobbranding.content.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A span of a screened revision that the pre-screen should have found for a value: \"the screen missed "
        + "this\". Offsets count UTF-16 code units, as in JavaScript, in the revision's own text.")
public record MissInput(
        @Schema(description = "The revision; the story's current one when absent. It must have been screened (submitted).",
                example = "2", minimum = "1") @Min(1) Integer revision,
        @Schema(enumeration = {"title", "summary", "body"}, example = "body")
        @NotNull @Pattern(regexp = "title|summary|body", message = "must be one of: title, summary, body") String field,
        @Schema(description = "Offset of the first character.", example = "120", minimum = "0") @NotNull @Min(0) Integer start,
        @Schema(description = "Offset after the last character; at most the field's length.", example = "151", minimum = "1")
        @NotNull @Min(1) Integer end,
        @Schema(description = "The value the span breaks: one the screen checks and the labelled corpus knows.",
                enumeration = {"careful", "just", "cost-conscious", "transparent", "tendentious", "language-level"},
                example = "just")
        @NotNull @Pattern(regexp = "careful|just|cost-conscious|transparent|tendentious|language-level",
                message = "must be one of: careful, just, cost-conscious, transparent, tendentious, language-level") String value,
        @Schema(description = "What the screen should have seen. Kept with the miss and shown in the screening feedback, "
                + "never written to the audit trail; write no more personal data than needed.",
                example = "Leeftijdsgrens in andere woorden: 'net van school'.")
        @NotBlank @Size(max = 2000) String note) {
}
