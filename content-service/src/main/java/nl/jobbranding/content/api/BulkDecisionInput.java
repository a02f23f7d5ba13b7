package nl.jobbranding.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.Action;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "One moderation step for up to 100 stories: each item is taken on its own, under every rule the "
        + "single step obeys, and answered on its own.")
public record BulkDecisionInput(
        @Schema(description = "The step for every item.", type = SchemaType.STRING, implementation = String.class,
                enumeration = {"claim", "release", "approve", "request-changes", "reject"}, example = "approve")
        @NotNull Action action,
        @Schema(description = "Required for request-changes and reject unless every item has its own; the author sees them.",
                example = "Haal de namen van collega's uit de tekst.")
        @Size(max = 4000) String reasons,
        @Schema(description = "The stories, each with the version (ETag value) it was read at.")
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Item> items) {

    @Schema(name = "BulkDecisionItem", description = "One story of a bulk decision. Verdicts left out are 'meets' on every "
            + "value and channel for approve, and 'concern' explained by the reasons for request-changes and reject.")
    public record Item(
            @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") @NotNull UUID storyId,
            @Schema(description = "The story's version as read (the number in its ETag): the If-Match of this item.",
                    example = "4")
            @NotNull @PositiveOrZero Long version,
            @Schema(description = "For decisions: the revision reviewed; must be the current one.", example = "2")
            Integer revision,
            @Schema(description = "Verdicts per campaign value (optional).")
            @Size(max = 20) List<ReviewInput.@NotNull @Valid ValueVerdict> values,
            @Schema(description = "Verdicts per channel (optional).")
            @Size(max = 10) List<ReviewInput.@NotNull @Valid ChannelVerdict> channels,
            @Schema(description = "Reasons for this story, instead of the common ones.", example = "Te lang voor Instagram.")
            @Size(max = 4000) String reasons) {
    }
}
