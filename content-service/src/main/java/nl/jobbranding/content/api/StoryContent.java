package nl.jobbranding.content.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.jobbranding.content.model.BodyFormat;
import nl.jobbranding.content.model.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What a story says and who is in it: the part that every edit saves as a new revision. Stored in its own form,
 * {@code model.stored.StoredContentV1} (mapped in {@code mapping.StoredForms}), so that this record can change without
 * touching stored history.
 */
@Schema(description = "The content of a story: text, channels, media, the people in it and whom candidates can ask.")
public record StoryContent(
        @Schema(example = "Een nachtdienst in PI Vught") @NotBlank @Size(max = 200) String title,
        @Schema(example = "Wat doet een penitentiair inrichtingswerker als de deuren dichtgaan?") @Size(max = 500) String summary,
        @Schema(description = "The story itself, in plain text or Markdown.",
                example = "Om tien uur 's avonds begint mijn dienst. Eerst een overdracht met het team van de late dienst...")
        @NotBlank @Size(max = 50000) String body,
        @Schema(example = "markdown") @NotNull BodyFormat bodyFormat,
        @Schema(example = "nl") @NotNull Language language,
        @Schema(description = "Codes of the channels the story is meant for; they must be the series' channels.",
                example = "[\"linkedin\", \"blog\"]")
        @NotEmpty @Size(max = 10) List<@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}") String> channels,
        @Schema(example = "[\"nachtdienst\", \"justitie\"]") @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        @Schema(description = "Images and videos; every item needs alternative text (accessibility).")
        @Size(max = 20) List<@NotNull @Valid Media> media,
        @Schema(description = "Links to vacancies this story is about.", example = "[\"https://www.werkenvoornederland.nl/vacatures/123\"]")
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "https://\\S{1,490}", message = "must be an https URL") String> vacancyLinks,
        @NotNull @Valid Author author,
        @Schema(description = "Ids of the featured people (see /featured-people); each must have consent for the story's channels.")
        @Size(max = 20) List<@NotNull UUID> featuredPeople,
        @Schema(description = "Whom candidates can ask what working there is like.") @Valid ContactPerson contactPerson) {

    @Schema(name = "Media", description = "An image or video used in a story.")
    public record Media(
            @Schema(example = "https://media.example.nl/dji/nachtdienst.jpg")
            @NotBlank @Pattern(regexp = "https://\\S{1,490}", message = "must be an https URL") String url,
            @Schema(description = "Describes the image or video for people who cannot see it.",
                    example = "Een lange gang in een penitentiaire inrichting bij nacht, een medewerker van achteren gezien.")
            @NotBlank @Size(max = 500) String altText) {
    }

    @Schema(name = "Author", description = "The employee who wrote the story, by name or pseudonym.")
    public record Author(
            @Schema(example = "Sanne") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Whether the name is a pseudonym (staff who must not be findable).", example = "true")
            boolean pseudonym,
            @Schema(example = "Penitentiair inrichtingswerker") @NotBlank @Size(max = 100) String role) {
    }

    @Schema(name = "ContactPerson", description = "Whom candidates can ask what working there is like; for a sensitive "
            + "unit a team rather than a person.")
    public record ContactPerson(
            @Schema(example = "Team Werken bij DJI") @NotBlank @Size(max = 100) String name,
            @Schema(example = "Recruitment") @Size(max = 100) String role,
            @Schema(example = "werkenbij@dji.example.nl") @Email @Size(max = 200) String email,
            @Schema(example = "+31881234567") @Size(max = 30) String phone) {
    }
}
