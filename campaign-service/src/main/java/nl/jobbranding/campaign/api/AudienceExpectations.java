package nl.jobbranding.campaign.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.jobbranding.campaign.model.ContentFormat;
import nl.jobbranding.campaign.model.HashtagPolicy;
import nl.jobbranding.campaign.model.LanguageLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(description = "What a channel's audience expects of a story: tone, formats, length, hashtags and language level.")
public record AudienceExpectations(
        @Schema(description = "Who reads or watches this channel.", example = "Professionals die hun loopbaan volgen en vakinhoud delen.")
        @NotBlank @Size(max = 1000) String description,
        @Schema(description = "The tone the audience expects.", example = "Zakelijk en persoonlijk, vakinhoudelijk, geen reclametaal.")
        @NotBlank @Size(max = 500) String tone,
        @Schema(description = "The formats that work on this channel.", example = "[\"text-post\", \"article\", \"video\"]")
        @NotEmpty Set<@NotNull ContentFormat> formats,
        @Schema(description = "Maximum length of a post's text, in characters.", example = "3000")
        @NotNull @Min(1) @Max(100000) Integer maxLength,
        @Schema(description = "Whether hashtags are expected.", example = "optional")
        @NotNull HashtagPolicy hashtagPolicy,
        @Schema(description = "Most hashtags a post may carry; 0 when the policy is none.", example = "3")
        @NotNull @Min(0) @Max(30) Integer maxHashtags,
        @Schema(description = "Language level (CEFR) the texts must not exceed; government texts aim at B1.", example = "B1")
        @NotNull LanguageLevel languageLevel) {
}
