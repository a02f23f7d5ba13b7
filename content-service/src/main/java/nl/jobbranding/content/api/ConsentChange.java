package nl.jobbranding.content.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(description = "A featured person's consent changed: extended, or narrowed to fewer channels (or widened). The "
        + "whole new terms; the day it was given stays.")
public record ConsentChange(
        @Schema(description = "What the person agrees to now.", example = "Voornaam in verhalen over de nachtdienst, alleen op LinkedIn.")
        @NotBlank @Size(max = 1000) String consentScope,
        @Schema(description = "The channels the consent covers now. Stories that are out, or scheduled, on a channel left "
                + "out are withdrawn.", example = "[\"linkedin\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}") String> channels,
        @Schema(description = "The last day the consent holds.", example = "2028-10-31") @NotNull LocalDate validUntil) {

    @Schema(name = "ConsentChangeResult", description = "The consent as it is now, and the stories withdrawn because it no "
            + "longer covers them.")
    public record Result(
            FeaturedPerson person,
            @Schema(description = "Ids of the published and scheduled stories withdrawn because they use a channel the "
                    + "consent no longer covers.") List<UUID> withdrawnStories) {
    }
}
