package nl.jobbranding.content.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.model.BodyFormat;
import nl.jobbranding.content.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stored form of a story's content is its own: what the API's records or their JSON look like cannot change it. */
class StoredFormsTest {

    private static final UUID PERSON = UUID.fromString("0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79");

    /** Version 1 of the stored content, as it is in the database: a change here is a change of stored history. */
    private static final String STORED_V1 = "{\"schema\":1,\"title\":\"Een nacht op de brug\",\"summary\":null,"
            + "\"body\":\"Mijn dienst begint laat.\",\"bodyFormat\":\"markdown\",\"language\":\"nl\",\"channels\":[\"linkedin\"],"
            + "\"tags\":[\"water\"],\"media\":[{\"url\":\"https://media.example.nl/brug.jpg\",\"altText\":\"Een brug bij nacht.\"}],"
            + "\"vacancyLinks\":null,\"author\":{\"name\":\"Brugwachter\",\"pseudonym\":true,\"role\":\"Brugwachter\"},"
            + "\"featuredPeople\":[\"" + PERSON + "\"],\"contactPerson\":{\"name\":\"Team Werken bij\",\"role\":null,"
            + "\"email\":\"werkenbij@rws.example.nl\",\"phone\":null}}";

    private static StoryContent content() {
        return new StoryContent("Een nacht op de brug", null, "Mijn dienst begint laat.", BodyFormat.MARKDOWN, Language.NL,
                List.of("linkedin"), List.of("water"),
                List.of(new StoryContent.Media("https://media.example.nl/brug.jpg", "Een brug bij nacht.")), null,
                new StoryContent.Author("Brugwachter", true, "Brugwachter"), List.of(PERSON),
                new StoryContent.ContactPerson("Team Werken bij", null, "werkenbij@rws.example.nl", null));
    }

    /** A test-only API mapping in which the API's field {@code title} is renamed to {@code headline}. */
    abstract static class RenamedTitle {
        @JsonProperty("headline")
        abstract String title();
    }

    @Test
    void renamingAnApiFieldChangesTheApisJsonButNotWhatIsStored() throws Exception {
        ObjectMapper api = new ObjectMapper().addMixIn(StoryContent.class, RenamedTitle.class);
        JsonNode asTheApiWritesIt = api.valueToTree(content());
        assertTrue(asTheApiWritesIt.has("headline") && !asTheApiWritesIt.has("title"), asTheApiWritesIt.toString());

        String stored = new StoredForms.ContentConverter().convertToDatabaseColumn(content());
        assertEquals(STORED_V1, stored);
        assertNotEquals(asTheApiWritesIt, new ObjectMapper().readTree(stored));
    }

    @Test
    void theStoredFormReadsBackAsTheSameContent() {
        StoredForms.ContentConverter converter = new StoredForms.ContentConverter();
        assertEquals(content(), converter.convertToEntityAttribute(STORED_V1));
        assertEquals(content(), converter.convertToEntityAttribute(converter.convertToDatabaseColumn(content())));
    }

    @Test
    void aStoredDocumentOfAnUnknownVersionOrWithAFieldItsVersionLacksIsRefused() {
        StoredForms.ContentConverter converter = new StoredForms.ContentConverter();
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> converter.convertToEntityAttribute(STORED_V1.replace("\"schema\":1", "\"schema\":2")));
        assertTrue(unknown.getMessage().contains("unknown schema version 2"), unknown.getMessage());
        assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute(STORED_V1.replace("\"schema\":1,", "")));
        assertThrows(IllegalStateException.class,
                () -> converter.convertToEntityAttribute(STORED_V1.replace("\"title\"", "\"headline\"")));
    }
}
