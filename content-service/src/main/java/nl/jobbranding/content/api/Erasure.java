package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ErasureResult", description = "A featured person erased: their consent record is gone and their name and id "
        + "are removed from every story that featured them (current content, revisions, comments, reviews, screenings, "
        + "appeals); the stories that were out or scheduled were withdrawn first.")
public record Erasure(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60") UUID personId,
        @Schema(description = "Stories withdrawn first (they were published or scheduled).") List<UUID> withdrawnStories,
        @Schema(description = "Every story the person was removed from.") List<UUID> editedStories) {
}
