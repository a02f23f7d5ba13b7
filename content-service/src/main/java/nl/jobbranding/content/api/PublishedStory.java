package nl.jobbranding.content.api;

import nl.jobbranding.content.model.BodyFormat;
import nl.jobbranding.content.model.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A published story as the public sees it: no workflow data, no featured people's records.")
public record PublishedStory(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79") UUID campaignId,
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(example = "DJI") String unitCode,
        @Schema(example = "Een nachtdienst in PI Vught") String title,
        @Schema(nullable = true, example = "Wat doet een penitentiair inrichtingswerker als de deuren dichtgaan?") String summary,
        @Schema(example = "Om tien uur 's avonds begint mijn dienst.") String body,
        @Schema(example = "markdown") BodyFormat bodyFormat,
        @Schema(example = "nl") Language language,
        @Schema(example = "[\"linkedin\", \"blog\"]") List<String> channels,
        @Schema(nullable = true, example = "[\"nachtdienst\"]") List<String> tags,
        @Schema(nullable = true) List<StoryContent.Media> media,
        @Schema(nullable = true, example = "[\"https://www.werkenvoornederland.nl/vacatures/123\"]") List<String> vacancyLinks,
        StoryContent.Author author,
        @Schema(nullable = true) StoryContent.ContactPerson contactPerson,
        @Schema(example = "2026-12-01T07:00:00Z") Instant publishedAt,
        @Schema(nullable = true, example = "2027-03-01T00:00:00Z") Instant expiresAt) {
}
