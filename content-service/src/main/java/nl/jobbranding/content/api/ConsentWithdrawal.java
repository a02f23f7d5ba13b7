package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "A featured person withdraws their consent.")
public record ConsentWithdrawal(
        @Schema(example = "Wil niet meer herkenbaar online staan.") @NotBlank @Size(max = 1000) String reason) {

    @Schema(name = "ConsentWithdrawalResult", description = "The consent is withdrawn; these stories were withdrawn with it.")
    public record Result(
            FeaturedPerson person,
            @Schema(description = "Ids of the published and scheduled stories that were withdrawn.") List<UUID> withdrawnStories) {
    }
}
