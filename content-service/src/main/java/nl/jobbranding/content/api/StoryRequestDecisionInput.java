package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The unit's answer to a story request, with the reason the requester reads.")
public record StoryRequestDecisionInput(
        @Schema(type = SchemaType.STRING, enumeration = {"accept", "decline"}, example = "accept")
        @NotNull Decision decision,
        @Schema(description = "Why; the requester reads it.", example = "Past in de serie; we plannen het voor februari.")
        @NotBlank @Size(max = 2000) String reason) {

    /** What a unit answers. */
    public enum Decision {
        ACCEPT, DECLINE;

        @com.fasterxml.jackson.annotation.JsonValue
        @Override
        public String toString() {
            return nl.jobbranding.api.model.ApiEnum.value(this);
        }
    }
}
