package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.jobbranding.content.service.PublicationJob;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PublicationTest {

    @Inject
    TestClock clock;

    @Inject
    PublicationJob job;

    @Test
    void aScheduledStoryIsPublishedOnTimeAndArchivedWhenItExpires() {
        Fixtures.Setting setting = activeSeries(false);
        String id = approvedStory(setting, "Fatima");
        Instant publishAt = clock.instant().plus(Duration.ofDays(2));
        Instant expiresAt = publishAt.plus(Duration.ofDays(30));
        transition(id, campaignManager(), Map.of("action", "schedule", "publishAt", clock.instant().minusSeconds(5).toString()))
                .then().statusCode(400).body("invalidParams[0].name", equalTo("publishAt"));
        transition(id, campaignManager(), Map.of("action", "schedule", "publishAt", publishAt.toString(),
                "expiresAt", expiresAt.toString())).then().statusCode(200).body("state", equalTo("scheduled"));

        job.run();
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("scheduled"));
        clock.advance(Duration.ofDays(2).plusMinutes(1));
        job.run();
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("published"));
        given().get("/api/v1/published-stories?seriesId=" + setting.seriesId()).then().statusCode(200)
                .body("items.id", contains(id));

        clock.advance(Duration.ofDays(30));
        job.run();
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("archived"));
        given().get("/api/v1/published-stories/" + id).then().statusCode(404);
        as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                .body("items.action", hasItem("expire"))
                .body("items.findAll { it.action == 'publish' || it.action == 'expire' }.actorRole", contains("system", "system"));
    }

    @Test
    void withdrawingConsentWithdrawsEveryPublishedStoryFeaturingThePerson() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String person = as(editor).body(Map.of("unitCode", setting.unitCode(), "name", "Mohamed",
                        "consentScope", "Voornaam en foto.", "channels", setting.channels(),
                        "givenOn", today.minusDays(1).toString(), "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");

        String published = storyFeaturing(setting, person);
        transition(published, campaignManager(), "publish").then().statusCode(200);
        String scheduled = storyFeaturing(setting, person);
        transition(scheduled, campaignManager(), Map.of("action", "schedule",
                "publishAt", clock.instant().plus(Duration.ofDays(1)).toString())).then().statusCode(200);
        String other = approvedStory(setting, "Fatima");
        transition(other, campaignManager(), "publish").then().statusCode(200);

        as(editor).body(Map.of("reason", "Wil niet meer online staan.")).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(200)
                .body("withdrawnStories", org.hamcrest.Matchers.containsInAnyOrder(published, scheduled));
        for (String id : List.of(published, scheduled)) {
            as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("withdrawn"))
                    .body("stateReason", containsString("withdrew their consent"));
            as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                    .body("items[-1].action", equalTo("withdraw")).body("items[-1].actorRole", equalTo("unit-editor"))
                    .body("items[-1].reason", containsString(person));
        }
        as(campaignManager()).get("/api/v1/stories/" + other).then().body("state", equalTo("published"));
        given().get("/api/v1/published-stories?seriesId=" + setting.seriesId()).then()
                .body("items.id", not(hasItem(published)));
        as(editor).body(Map.of("reason", "Nog eens.")).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(409);
    }

    @Test
    void aStoryCannotGoOutWithoutConsentForItsChannelsAndGoesOffLineWhenConsentEnds() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String narrow = as(editor).body(Map.of("unitCode", setting.unitCode(), "name", "Priya", "consentScope", "Alleen blog.",
                        "channels", List.of(setting.channels().get(0)), "givenOn", today.toString(), "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        String id = as(editor).body(Fixtures.storyInput(setting, withPerson(setting, narrow)))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor, "submit").then().statusCode(409).body("detail", containsString("does not cover"));

        String shortConsent = as(editor).body(Map.of("unitCode", setting.unitCode(), "name", "Kees", "consentScope", "Alles.",
                        "channels", setting.channels(), "givenOn", today.toString(), "validUntil", today.plusDays(10).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        String story = storyFeaturing(setting, shortConsent);
        transition(story, campaignManager(), "publish").then().statusCode(200);
        clock.advance(Duration.ofDays(12));
        job.run();
        as(campaignManager()).get("/api/v1/stories/" + story).then().body("state", equalTo("withdrawn"))
                .body("stateReason", containsString("ended"));
    }

    private static Map<String, Object> withPerson(Fixtures.Setting setting, String person) {
        Map<String, Object> content = Fixtures.content(setting, "Met Mohamed", "Een verhaal over het team.");
        content.put("featuredPeople", List.of(person));
        return content;
    }

    /** An approved story featuring the person. */
    private static String storyFeaturing(Fixtures.Setting setting, String person) {
        String id = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, withPerson(setting, person)))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        Fixtures.decide(id, communityManager("Fatima"), Fixtures.review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        return id;
    }
}
