package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A post of a published story on one of its channels, recorded when it goes out.")
public record StoryPostInput(
        @Schema(description = "One of the story's channels.", example = "linkedin")
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}") String channel,
        @Schema(description = "The post's address.", example = "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000000")
        @NotBlank @Pattern(regexp = "https://\\S{1,490}", message = "must be an https URL, such as https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000000")
        String url,
        @Schema(description = "When it was posted; now when absent. Not in the future.", example = "2026-12-01T07:05:00Z")
        Instant postedAt) {
}
