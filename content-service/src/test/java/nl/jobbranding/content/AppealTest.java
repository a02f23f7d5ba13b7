package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Appeals through HTTP: once per decision, decided by someone other than the first decider, the outcome seen by the unit. */
@QuarkusTest
class AppealTest {

    @Test
    void aRejectionIsAppealedOnceAndOverturnedBySomeoneOtherThanTheFirstDecider() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String fatima = communityManager("Fatima");
        String unit = editor(setting.unitCode());
        transition(id, fatima, "claim").then().statusCode(200);
        String reviewId = decide(id, fatima, review(setting, 1, "meets", "reject", "Past niet bij de campagne."))
                .then().statusCode(201).extract().path("id");

        as(communityManager("Joris")).body(appeal(reviewId)).post(appeals(id)).then().statusCode(403);
        as(editor("ANDERE-DIENST")).body(appeal(reviewId)).post(appeals(id)).then().statusCode(403);
        as(unit).body(Map.of("reviewId", reviewId, "reasons", " ")).post(appeals(id)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reasons"));
        Response filed = as(unit).body(appeal(reviewId)).post(appeals(id));
        filed.then().statusCode(201).header("Location", containsString(appeals(id) + "/"))
                .body("decision", equalTo("reject")).body("outcome", nullValue())
                .body("reasons", equalTo("De collega heeft toestemming gegeven."));
        String appealId = filed.path("id");
        String etag = filed.header("ETag");
        as(unit).body(appeal(reviewId)).post(appeals(id)).then().statusCode(409).body("title", equalTo("Appealed already"));

        as(fatima).header("If-Match", etag).body(outcome("upheld")).post(decision(id, appealId)).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("You took the decision"));
        as(unit).header("If-Match", etag).body(outcome("overturned")).post(decision(id, appealId)).then().statusCode(403);
        as(communityManager("Joris")).body(outcome("overturned")).post(decision(id, appealId)).then().statusCode(428);
        as(communityManager("Joris")).header("If-Match", etag).body(outcome("overturned")).post(decision(id, appealId))
                .then().statusCode(200).body("outcome", equalTo("overturned")).body("decidedByName", equalTo("Joris"));
        as(campaignManager()).header("If-Match", etag).body(outcome("upheld")).post(decision(id, appealId)).then().statusCode(412);

        as(unit).get(appeals(id)).then().statusCode(200)
                .body("items.outcome", contains("overturned"))
                .body("items[0].outcomeReasons", equalTo("De beslissing wordt herzien."));
        as(unit).get("/api/v1/stories/" + id).then().body("state", equalTo("submitted"));
        as(unit).get("/api/v1/stories/" + id + "/audit-trail").then()
                .body("items.action", contains("create", "submit", "claim", "reject", "appeal", "decide-appeal"))
                .body("items[5].toState", equalTo("submitted"))
                .body("items.reason", not(hasItem(containsString("toestemming"))));
        given().queryParam("campaignId", setting.campaignId()).get("/api/v1/transparency-log/appeal-counts").then()
                .statusCode(200)
                .body("total.appealed", equalTo(1)).body("total.overturned", equalTo(1)).body("total.pending", equalTo(0))
                .body("perDecision.find { it.decision == 'reject' }.overturned", equalTo(1))
                .body(not(containsString("Joris"))).body(not(containsString("toestemming")));
    }

    @Test
    void aDisputedRequestForChangesIsUpheldByACampaignManagerAndTheStoryMovesOnAsBefore() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String fatima = communityManager("Fatima");
        String unit = editor(setting.unitCode());
        transition(id, fatima, "claim").then().statusCode(200);
        String reviewId = decide(id, fatima, review(setting, 1, "concern", "request-changes", "Korter graag."))
                .then().statusCode(201).extract().path("id");
        Response filed = as(unit).body(appeal(reviewId)).post(appeals(id));
        String appealId = filed.then().statusCode(201).extract().path("id");
        given().queryParam("campaignId", setting.campaignId()).get("/api/v1/transparency-log/appeal-counts").then()
                .body("total.pending", equalTo(1)).body("perDecision.find { it.decision == 'request-changes' }.appealed", equalTo(1));

        as(campaignManager()).header("If-Match", filed.header("ETag")).body(outcome("upheld")).post(decision(id, appealId))
                .then().statusCode(200).body("outcome", equalTo("upheld"));
        as(unit).get("/api/v1/stories/" + id).then().body("state", equalTo("changes-requested"));
        given().queryParam("campaignId", setting.campaignId()).get("/api/v1/transparency-log/appeal-counts").then()
                .body("total.upheld", equalTo(1)).body("total.pending", equalTo(0));
    }

    @Test
    void onlyTheDecisionTheStoryIsInCanBeAppealedAndApprovalsNever() {
        Fixtures.Setting setting = activeSeries(true);
        String id = submittedStory(setting);
        String unit = editor(setting.unitCode());
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        String approval = decide(id, communityManager("Fatima"), review(setting, 1, "meets", "approve", null))
                .then().statusCode(201).extract().path("id");
        as(unit).body(appeal(approval)).post(appeals(id)).then().statusCode(400).body("invalidParams[0].name", equalTo("reviewId"));
        transition(id, communityManager("Bram"), "claim").then().statusCode(200);
        String changes = decide(id, communityManager("Bram"), review(setting, 1, "concern", "request-changes", "Anders."))
                .then().statusCode(201).extract().path("id");
        Map<String, Object> input = Fixtures.storyInput(setting, Fixtures.content(setting, "Een nachtdienst", "Nieuwe tekst."));
        as(unit).header("If-Match", Fixtures.etag(id)).body(input).put("/api/v1/stories/" + id).then().statusCode(200);
        as(unit).body(appeal(changes)).post(appeals(id)).then().statusCode(409)
                .body("title", equalTo("Decision no longer in force"));
    }

    private static Map<String, Object> appeal(String reviewId) {
        return Map.of("reviewId", reviewId, "reasons", "De collega heeft toestemming gegeven.");
    }

    private static Map<String, Object> outcome(String outcome) {
        return Map.of("outcome", outcome, "reasons", "De beslissing wordt herzien.");
    }

    private static String appeals(String storyId) {
        return "/api/v1/stories/" + storyId + "/appeals";
    }

    private static String decision(String storyId, String appealId) {
        return appeals(storyId) + "/" + appealId + "/decision";
    }
}
