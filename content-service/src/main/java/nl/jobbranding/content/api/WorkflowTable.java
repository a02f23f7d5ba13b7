package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The moderation workflow: its states and every allowed transition with the roles that may make it.")
public record WorkflowTable(
        @Schema(example = "[\"draft\", \"submitted\"]") List<StoryState> states,
        List<TransitionRule> transitions) {

    @Schema(name = "TransitionRule", description = "One allowed move of a story.")
    public record TransitionRule(
            @Schema(example = "submit") Action action,
            @Schema(example = "draft") StoryState from,
            @Schema(example = "submitted") StoryState to,
            @Schema(example = "[\"unit-editor\"]") List<Role> roles,
            @Schema(example = "Editors of the story's unit only.") String rule) {
    }
}
