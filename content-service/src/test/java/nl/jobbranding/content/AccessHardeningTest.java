package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Object-level access fails closed (issue 13, items 1 and 2): tokens that name no unit or no account see nothing. */
@QuarkusTest
class AccessHardeningTest {

    @Inject
    TestClock clock;

    @Test
    void aUnitEditorTokenWithoutAUnitSeesNoUnitsStoriesOrPeople() {
        Fixtures.Setting setting = activeSeries(false);
        createStory(setting);
        person(setting, editor(setting.unitCode()));
        String noUnit = DevTokens.forTests().signed(Map.of("sub", "editor-zonder-unit", "upn", "editor-zonder-unit",
                "name", "Zonder unit", "groups", List.of("unit-editor")));
        for (String path : List.of("/api/v1/stories", "/api/v1/featured-people")) {
            as(noUnit).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("names no unit"));
        }
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        Fixtures.Setting setting = activeSeries(false);
        createStory(setting);
        String editorWithoutSubject = DevTokens.forTests().signed(Map.of("upn", "iemand", "name", "Iemand",
                "groups", List.of("unit-editor"), "unit", setting.unitCode()));
        for (String path : List.of("/api/v1/stories", "/api/v1/featured-people")) {
            as(editorWithoutSubject).get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("names no account"));
        }
        String managerWithoutSubject = DevTokens.forTests().signed(Map.of("upn", "iemand", "name", "Iemand",
                "groups", List.of("community-manager")));
        as(managerWithoutSubject).get("/api/v1/moderation-queue").then().statusCode(403)
                .body("detail", containsString("names no account"));
    }

    @Test
    void onlyTheUnitsEditorsRecordAndWithdrawConsentAndTheTrailNamesWhoDid() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        as(communityManager("Fatima")).body(personInput(setting)).post("/api/v1/featured-people")
                .then().statusCode(403).contentType("application/problem+json");
        as(campaignManager()).body(personInput(setting)).post("/api/v1/featured-people").then().statusCode(403);
        String person = person(setting, editor);
        String story = Fixtures.approvedStory(setting, "Fatima");
        String published = storyFeaturing(setting, person);
        Fixtures.transition(published, campaignManager(), "publish").then().statusCode(200);

        Map<String, Object> reason = Map.of("reason", "Wil niet meer online staan.");
        as(communityManager("Fatima")).body(reason).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(403);
        as(campaignManager()).body(reason).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(403);
        as(editor("ANDERE-DIENST")).body(reason).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(403);
        as(campaignManager()).get("/api/v1/stories/" + published).then().body("state", equalTo("published"));

        as(editor).body(reason).post("/api/v1/featured-people/" + person + "/consent-withdrawal").then().statusCode(200);
        as(campaignManager()).get("/api/v1/stories/" + published + "/audit-trail").then()
                .body("items[-1].action", equalTo("withdraw"))
                .body("items[-1].actorRole", equalTo("unit-editor"))
                .body("items[-1].actorName", equalTo("Redactie " + setting.unitCode()));
        as(campaignManager()).get("/api/v1/stories/" + story).then().body("state", equalTo("approved"));
    }

    private Map<String, Object> personInput(Fixtures.Setting setting) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Map.of("unitCode", setting.unitCode(), "name", "Mohamed", "consentScope", "Voornaam en foto.",
                "channels", setting.channels(), "givenOn", today.minusDays(1).toString(),
                "validUntil", today.plusYears(1).toString());
    }

    private String person(Fixtures.Setting setting, String editor) {
        return as(editor).body(personInput(setting)).post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
    }

    private static String storyFeaturing(Fixtures.Setting setting, String person) {
        Map<String, Object> content = Fixtures.content(setting, "Met Mohamed", "Een verhaal over het team.");
        content.put("featuredPeople", List.of(person));
        String id = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        Fixtures.transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        Fixtures.transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        Fixtures.decide(id, communityManager("Fatima"), Fixtures.review(setting, 1, "meets", "approve", null))
                .then().statusCode(201);
        return id;
    }
}
