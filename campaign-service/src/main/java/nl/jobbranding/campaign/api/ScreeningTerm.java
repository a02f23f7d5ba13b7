package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.jobbranding.campaign.model.TermSeverity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A term the campaign adds to the automated pre-screen of its stories: a literal phrase, matched as whole "
        + "words in any case, that gives a finding on one of the campaign's values.")
public record ScreeningTerm(
        @Schema(example = "topsport") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’ -]*", message = "must be words: letters, digits, spaces, hyphens, apostrophes")
        String phrase,
        @Schema(description = "The code of one of the campaign's values.", example = "inclusive") @NotBlank String value,
        @Schema(example = "warn") @NotNull TermSeverity severity,
        @Schema(description = "nl or en; absent for both.", example = "nl") @Pattern(regexp = "nl|en") String language,
        @Schema(description = "Why the term matters; shown with the finding.", example = "Spreekt alleen sporters aan.")
        @Size(max = 500) String note) {
}
