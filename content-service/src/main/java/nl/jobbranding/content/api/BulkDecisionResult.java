package nl.jobbranding.content.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.jobbranding.api.Problem;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "The answer to a bulk decision: how many items were done and refused, and a result per item in the "
        + "order of the request. A refused item changed nothing; the items done are done, whatever happened to the others.")
public record BulkDecisionResult(
        @Schema(example = "approve") Action action,
        @Schema(description = "Items taken.", example = "38") int done,
        @Schema(description = "Items refused, each with its problem.", example = "2") int refused,
        List<ItemResult> results) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BulkDecisionItemResult", requiredProperties = {"storyId", "outcome"}, description = "What happened to one story: done (its new state and version, "
            + "and the review for a decision) or refused (the problem, as the single step would have answered it).")
    public record ItemResult(
            @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID storyId,
            @Schema(description = "'done' or 'refused'.", example = "done") String outcome,
            @Schema(description = "The story's state after the step.", example = "approved") StoryState state,
            @Schema(description = "The story's new version (its ETag value).", example = "5") Long version,
            @Schema(description = "The review recorded, for a decision.", example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")
            UUID reviewId,
            @Schema(description = "Why the item was refused.") Problem problem) {
    }
}
