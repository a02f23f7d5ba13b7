package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "A span a community manager says the pre-screen missed, with the value and a note.")
public record ScreeningMiss(
        UUID id,
        UUID storyId,
        @Schema(example = "2") int revision,
        @Schema(enumeration = {"title", "summary", "body"}, example = "body") String field,
        @Schema(description = "Offset of the first character (UTF-16 code units).", example = "120") int start,
        @Schema(description = "Offset after the last character.", example = "151") int end,
        @Schema(example = "just") String value,
        @Schema(description = "The span's text, at most 200 characters.", example = "net van school") String excerpt,
        @Schema(example = "Leeftijdsgrens in andere woorden: 'net van school'.") String note,
        @Schema(example = "2026-11-20T09:00:00Z") Instant reportedAt) {
}
