package nl.jobbranding.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;

/**
 * Text PostgreSQL cannot hold is a 400 naming the field, and every documented length fits its column (issue 13, items
 * 12 and 13). Before, a NUL was a 500 from the database and a lone surrogate was stored as '?' after a 201.
 */
@QuarkusTest
class TextInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Test
    void aNulOrALoneSurrogateInAStoryIsRefusedNamingTheField() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        Map<String, Object> content = Fixtures.content(setting, "Een nacht\u0000dienst", "Tekst.");
        as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("content.title"))
                .body("invalidParams[0].reason", containsString("NUL"));

        content = Fixtures.content(setting, "Een nachtdienst", "HALF");
        String body = JSON.writeValueAsString(Fixtures.storyInput(setting, content)).replace("HALF", "voor \\ud800 na");
        as(editor(setting.unitCode())).body(body).post("/api/v1/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("content.body"))
                .body("invalidParams[0].reason", containsString("surrogate"));

        content = Fixtures.content(setting, "Een nachtdienst", "Tekst.");
        content.put("tags", java.util.List.of("werk", "nacht\u0000"));
        as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("content.tags[1]"));
    }

    @Test
    void aNulInAPersonsNameAWithdrawalReasonOrAQueryParameterIsRefused() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Object> person = new java.util.HashMap<>(Map.of("unitCode", setting.unitCode(), "name", "Moha\u0000med",
                "consentScope", "Voornaam.", "channels", setting.channels(), "givenOn", today.toString(),
                "validUntil", today.plusYears(1).toString()));
        as(editor).body(person).post("/api/v1/featured-people").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("name"));
        person.put("name", "Mohamed");
        String id = as(editor).body(person).post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        as(editor).body(Map.of("reason", "Wil \u0000 niet")).post("/api/v1/featured-people/" + id + "/consent-withdrawal")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));
        as(campaignManager()).queryParam("unitCode", "DJI\u0000").get("/api/v1/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("unitCode"));
    }

    @Test
    void aReviewsReasonsUpToTheDocumentedLengthAreKept() {
        Fixtures.Setting setting = activeSeries(false);
        String id = Fixtures.submittedStory(setting);
        Fixtures.transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        String reasons = "Te lang. ".repeat(445).substring(0, 4000);
        Fixtures.decide(id, communityManager("Fatima"), Fixtures.review(setting, 1, "meets", "request-changes", reasons))
                .then().statusCode(201);
        as(campaignManager()).get("/api/v1/stories/" + id).then().statusCode(200)
                .body("state", equalTo("changes-requested")).body("stateReason", hasLength(4000));
    }

    @Test
    void aUnitCodeOfTheLengthCampaignServiceAllowsIsAccepted() {
        String unit = ("U" + Long.toString(System.nanoTime(), 36).toUpperCase() + "X".repeat(24)).substring(0, 24);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        as(editor(unit)).body(Map.of("unitCode", unit, "name", "Mohamed", "consentScope", "Voornaam.",
                        "channels", java.util.List.of("blog"), "givenOn", today.toString(),
                        "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).body("unitCode", equalTo(unit));
    }
}
