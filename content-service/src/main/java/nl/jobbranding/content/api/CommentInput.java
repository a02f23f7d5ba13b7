package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A comment on a revision, or a reply to another comment.")
public record CommentInput(
        @Schema(example = "Kun je de tweede alinea korter maken?") @NotBlank @Size(max = 4000) String text,
        @Schema(description = "The comment this replies to, in the same story.", example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a61")
        UUID inReplyTo) {
}
