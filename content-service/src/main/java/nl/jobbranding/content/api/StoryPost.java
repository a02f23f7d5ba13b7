package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "Where a story was posted on one of its channels.")
public record StoryPost(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
        @Schema(example = "linkedin") String channel,
        @Schema(example = "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000000") String url,
        @Schema(example = "2026-12-01T07:05:00Z") Instant postedAt,
        @Schema(description = "Who recorded the post.", example = "Fatima") String postedByName) {
}
