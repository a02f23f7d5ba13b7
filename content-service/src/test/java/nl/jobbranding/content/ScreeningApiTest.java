package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.etag;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.storyInput;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The pre-screen in the workflow and as an API: stored per submitted revision, shown to reviewers, dismissable. */
@QuarkusTest
class ScreeningApiTest {

    private static final String CITIZEN_NUMBER_BODY = "Bij de intake noteer ik het BSN 123456782 van de bezoeker.\nDaarna gaan we verder.";

    @Test
    void aSubmissionIsScreenedAndABlockFindingPreventsApprovalUntilDismissed() {
        Fixtures.Setting setting = activeSeries(false);
        String id = story(setting, CITIZEN_NUMBER_BODY);
        as(editor(setting.unitCode())).get("/api/v1/stories/" + id + "/screening").then().statusCode(404)
                .contentType("application/problem+json");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);

        String findingId = as(editor(setting.unitCode())).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .body("revision", equalTo(1))
                .body("screenedAt", notNullValue())
                .body("open.block", equalTo(1))
                .body("findings[0].value", equalTo("careful"))
                .body("findings[0].rule", equalTo("careful.citizen-service-number"))
                .body("findings[0].severity", equalTo("block"))
                .body("findings[0].field", equalTo("body"))
                .body("findings[0].start", equalTo(CITIZEN_NUMBER_BODY.indexOf("123456782")))
                .body("findings[0].end", equalTo(CITIZEN_NUMBER_BODY.indexOf("123456782") + 9))
                .body("findings[0].message.nl", containsString("Burgerservicenummer"))
                .body("findings[0].message.en", containsString("citizen service number"))
                .extract().path("findings[0].id");
        as(campaignManager()).get("/api/v1/moderation-queue?unitCode=" + setting.unitCode()).then().statusCode(200)
                .body("items.find { it.storyId == '" + id + "' }.preScreen.block", equalTo(1));

        String reviewer = communityManager("Fatima");
        as(reviewer).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(Map.of("findingId", findingId, "reason", "Zonder claim"))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(409);
        transition(id, reviewer, "claim").then().statusCode(200);
        decide(id, reviewer, review(setting, 1, "meets", "approve", null)).then().statusCode(409)
                .body("title", equalTo("Blocking findings"))
                .body("detail", containsString(findingId));

        as(reviewer).body(Map.of("findingId", "careful.nothing@body:0-1", "reason", "Bestaat niet"))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("findingId"));
        as(reviewer).body(Map.of("findingId", findingId, "reason", "Fictief nummer uit de training, geen echte persoon."))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(200)
                .body("open.block", equalTo(0))
                .body("findings[0].dismissal.byName", equalTo("Fatima"))
                .body("findings[0].dismissal.reason", equalTo("Fictief nummer uit de training, geen echte persoon."));
        // the queue counts open findings only: the dismissed one no longer
        as(campaignManager()).get("/api/v1/moderation-queue?unitCode=" + setting.unitCode()).then().statusCode(200)
                .body("items.find { it.storyId == '" + id + "' }.preScreen.block", equalTo(0));
        as(reviewer).body(Map.of("findingId", findingId, "reason", "Nog eens"))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(409);

        List<Map<String, Object>> trail = as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                .statusCode(200).extract().path("items");
        Map<String, Object> dismissal = trail.stream().filter(e -> e.get("action").equals("dismiss-finding")).findFirst()
                .orElseThrow();
        assertEquals("community-manager", dismissal.get("actorRole"));
        String reason = (String) dismissal.get("reason");
        assertFalse(reason.contains("123456782"), "the personal data itself stays out of the append-only trail: " + reason);
        assertEquals(true, reason.contains(findingId), reason);
        assertFalse(reason.contains("Fictief nummer"), "the free-text reason stays out of the append-only trail: " + reason);

        decide(id, reviewer, review(setting, 1, "meets", "approve", null)).then().statusCode(201);
    }

    @Test
    void everyRevisionKeepsItsOwnScreening() {
        Fixtures.Setting setting = activeSeries(true);
        String id = story(setting, "Mijn collega Ahmed woont in Vught.\nHij werkt al jaren op de afdeling.");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        String reviewer = communityManager("Joost");
        transition(id, reviewer, "claim").then().statusCode(200);
        decide(id, reviewer, review(setting, 1, "concern", "request-changes", "Haal de naam en woonplaats weg.")).then().statusCode(201);
        Map<String, Object> revised = storyInput(setting, content(setting, "Een nachtdienst",
                "Mijn collega werkt al jaren op de afdeling.\nWe draaien samen de nachtdienst."));
        as(editor(setting.unitCode())).header("If-Match", etag(id)).body(revised).put("/api/v1/stories/" + id).then().statusCode(200);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);

        as(reviewer).get("/api/v1/stories/" + id + "/revisions/1/screening").then().statusCode(200)
                .body("open.block", equalTo(2))
                .body("findings.excerpt", hasItem("Ahmed"))
                .body("findings.rule", hasItem("careful.place-of-living"));
        as(reviewer).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .body("revision", equalTo(2))
                .body("open.block", equalTo(0))
                .body("findings.rule", not(hasItem("careful.person-name")));
    }

    @Test
    void aDraftIsScreenedWithTheUnitAndChannelProfilesWithoutStoringAnything() {
        Fixtures.Setting setting = activeSeries(false);
        Map<String, Object> content = content(setting, "Werken bij ons", "We zoeken een jong en dynamisch team. #werk #trots "
                + "#overheid #baan\nBel 06-12345678.");
        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "seriesId", setting.seriesId(), "content", content))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("revision", nullValue())
                .body("findings.find { it.value == 'just' }.excerpt", containsString("jong en dynamisch"))
                .body("findings.find { it.rule == 'careful.phone-number' }.severity", equalTo("warn"))
                .body("findings.findAll { it.rule == 'channel-fit.hashtags' }.channel", equalTo(setting.channels()))
                .body("readability.targetLevel", equalTo("B1"))
                .body("omittedFindings.size()", equalTo(0));
        as(campaignManager()).get("/api/v1/stories?unitCode=" + setting.unitCode()).then().statusCode(200).body("items.size()", equalTo(0));

        as(editor("ANDERS")).body(Map.of("unitCode", setting.unitCode(), "content", content))
                .post("/api/v1/screenings").then().statusCode(403);
        content.put("channels", List.of("bestaat-niet"));
        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "content", content))
                .post("/api/v1/screenings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("content.channels[0]"));
        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode())).post("/api/v1/screenings").then()
                .statusCode(400).body("invalidParams[0].name", containsString("content"));
    }

    @Test
    void aCampaignsOwnTermsApplyToItsStories() {
        Fixtures.Setting setting = activeSeries(false);
        Map<String, Object> campaign = Fixtures.campaignService().get("/api/v1/campaigns/" + setting.campaignId()).then()
                .statusCode(200).extract().as(Map.class);
        String version = Fixtures.campaignService().get("/api/v1/campaigns/" + setting.campaignId()).header("ETag");
        // Written back as a CampaignInput: the representation's read-only fields are not fields of the input (400).
        campaign.keySet().retainAll(java.util.Set.of("name", "tagline", "description", "startDate", "endDate", "status",
                "targetGroups", "channels"));
        campaign.put("screeningTerms", List.of(Map.of("phrase", "topsport", "value", "just", "severity", "block",
                "note", "Spreekt alleen sporters aan.")));
        campaign.put("values", List.of());
        Fixtures.campaignService().header("If-Match", version).body(campaign).put("/api/v1/campaigns/" + setting.campaignId())
                .then().statusCode(200);

        Map<String, Object> content = content(setting, "Werken bij ons", "Werken hier is echte Topsport.\nElke dag weer.");
        as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "seriesId", setting.seriesId(), "content", content))
                .post("/api/v1/screenings").then().statusCode(200)
                .body("findings[0].rule", equalTo("campaign-term"))
                .body("findings[0].excerpt", equalTo("Topsport"))
                .body("findings[0].severity", equalTo("block"))
                .body("findings[0].message.nl", containsString("Spreekt alleen sporters aan."));
        String id = story(setting, "Werken hier is echte Topsport.\nElke dag weer.");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        as(campaignManager()).get("/api/v1/stories/" + id + "/screening").then().statusCode(200).body("open.block", equalTo(1));
    }

    private static String story(Fixtures.Setting setting, String body) {
        return as(editor(setting.unitCode())).body(storyInput(setting, content(setting, "Een nachtdienst", body)))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
    }
}
