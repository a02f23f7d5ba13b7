package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/**
 * For a sensitive unit, what a story says outside its text is screened too (issue 13, item 3): a real author name,
 * a personal e-mail address or mobile number as contact, and personal data in alt texts and tags are block findings.
 */
@QuarkusTest
class SensitiveUnitScreeningTest {

    @Test
    void aSensitiveUnitsStoryNeedsAPseudonymousAuthorAndAFunctionalContact() {
        Fixtures.Setting setting = activeSeries(true);
        Map<String, Object> content = Fixtures.content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst.");
        content.put("author", Map.of("name", "Sanne de Vries", "pseudonym", false, "role", "Inrichtingswerker"));
        content.put("contactPerson", Map.of("name", "Sanne de Vries", "email", "sanne.devries@example.nl",
                "phone", "+31612345678"));
        content.put("media", List.of(Map.of("url", "https://media.example.nl/foto.jpg",
                "altText", "Sanne in de gang, bel haar op 06-12345678.")));
        content.put("tags", List.of("nachtdienst", "bsn 123456782"));
        String id = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(201).extract().path("id");

        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "content", content))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("findings.field", hasItems("author.name", "contactPerson.email", "contactPerson.phone",
                        "media[0].altText", "tags[1]"));

        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        as(editor(setting.unitCode())).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .body("findings.findAll { it.severity == 'block' }.field", hasItems("author.name", "contactPerson.email",
                        "contactPerson.phone", "media[0].altText", "tags[1]"))
                .body("findings.find { it.field == 'author.name' }.rule", equalTo("careful.sensitive.author-name"))
                .body("findings.find { it.field == 'media[0].altText' }.rule", equalTo("careful.phone-number"));

        String reviewer = communityManager("Fatima");
        transition(id, reviewer, "claim").then().statusCode(200);
        Fixtures.decide(id, reviewer, Fixtures.review(setting, 1, "meets", "approve", null))
                .then().statusCode(409).body("title", equalTo("Blocking findings"))
                .body("detail", containsString("author.name"));
    }

    @Test
    void aPseudonymAndAFunctionalContactGiveNoSuchFindings() {
        Fixtures.Setting setting = activeSeries(true);
        Map<String, Object> content = Fixtures.content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst.");
        content.put("contactPerson", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl",
                "phone", "+31881234567"));
        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "content", content))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("findings.findAll { it.severity == 'block' }.field", not(hasItems("author.name")))
                .body("findings.findAll { it.severity == 'block' }", equalTo(List.of()));
    }
}
