package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class WorkflowTest {

    @Inject
    TestClock clock;

    @Test
    void theWorkflowTableIsPublic() {
        given().get("/api/v1/workflow").then().statusCode(200)
                .body("states", hasItems("draft", "submitted", "in-review", "changes-requested", "approved", "scheduled",
                        "published", "withdrawn", "rejected", "archived"))
                .body("transitions.find { it.action == 'submit' && it.from == 'draft' }.roles", contains("unit-editor"))
                .body("transitions.find { it.action == 'withdraw' && it.from == 'published' }.roles",
                        hasItems("campaign-manager", "system"));
    }

    @Test
    void aStoryGoesFromDraftToPublishedWithEveryStepInTheAuditTrail() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200)
                .body("state", equalTo("submitted")).body("campaignId", equalTo(setting.campaignId()))
                .body("unitSensitive", equalTo(false)).body("approvals.needed", equalTo(1));
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200)
                .body("state", equalTo("in-review")).body("claim.byName", equalTo("Fatima")).body("claim.live", equalTo(true))
                .body("allowedActions", hasItems("release", "approve", "request-changes", "reject"));
        decide(id, communityManager("Fatima"), review(setting, 1, "meets", "approve", null)).then().statusCode(201)
                .header("Location", containsString("/api/v1/stories/" + id + "/reviews/"))
                .body("decision", equalTo("approve")).body("values.value", hasItems("careful", "just", "cost-conscious", "transparent"));
        transition(id, campaignManager(), "publish").then().statusCode(200)
                .body("state", equalTo("published")).body("publishedAt", notNullValue());

        as(editor(setting.unitCode())).get("/api/v1/stories/" + id + "/audit-trail").then().statusCode(200)
                .body("items.action", contains("create", "submit", "claim", "approve", "publish"))
                .body("items.toState", contains("draft", "submitted", "in-review", "approved", "published"))
                .body("items.actorRole", contains("unit-editor", "unit-editor", "community-manager", "community-manager", "campaign-manager"));
        given().get("/api/v1/published-stories/" + id).then().statusCode(200).body("title", equalTo("Een nachtdienst"));
    }

    @Test
    void eachTransitionIsRefusedToRolesThatMayNotMakeIt() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        transition(id, communityManager("Fatima"), "submit").then().statusCode(403).contentType("application/problem+json");
        transition(id, campaignManager(), "submit").then().statusCode(403);
        transition(id, editor("ANDERE-DIENST"), "submit").then().statusCode(403);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(409).body("detail", containsString("draft"));
        transition(id, campaignManager(), "publish").then().statusCode(409);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);

        transition(id, editor(setting.unitCode()), "claim").then().statusCode(403);
        transition(id, campaignManager(), "claim").then().statusCode(403);
        transition(id, communityManager("Fatima"), "approve").then().statusCode(400).body("invalidParams[0].name", equalTo("action"));
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        decide(id, campaignManager(), review(setting, 1, "meets", "approve", null)).then().statusCode(403);
        decide(id, editor(setting.unitCode()), review(setting, 1, "meets", "approve", null)).then().statusCode(403);
        decide(id, communityManager("Bram"), review(setting, 1, "meets", "approve", null)).then().statusCode(409)
                .body("detail", containsString("claim"));
        transition(id, communityManager("Bram"), "release").then().statusCode(409);
        transition(id, communityManager("Fatima"), "publish").then().statusCode(409);
        transition(id, editor(setting.unitCode()), Map.of("action", "withdraw", "reason", "Weg ermee")).then().statusCode(403);
        transition(id, campaignManager(), Map.of("action", "withdraw")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("reason"));
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "De serie stopt.")).then().statusCode(200)
                .body("state", equalTo("withdrawn")).body("stateReason", equalTo("De serie stopt."));
        transition(id, campaignManager(), "archive").then().statusCode(200).body("state", equalTo("archived"));
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "Nog eens")).then().statusCode(409);
        transition(id, campaignManager(), Map.of("action", "dance")).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("action"));
    }

    @Test
    void nobodyReviewsAStoryTheyWrote() {
        Fixtures.Setting setting = activeSeries(false);
        String both = DevTokens.forTests().token("dubbelrol", "Dubbelrol", List.of("unit-editor", "community-manager"),
                setting.unitCode(), Duration.ofHours(1));
        String id = as(both).body(Fixtures.storyInput(setting, Fixtures.content(setting, "Eigen verhaal", "Tekst.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, both, "submit").then().statusCode(200);
        transition(id, both, "claim").then().statusCode(403).body("detail", containsString("wrote"));
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
    }

    @Test
    void aSensitiveUnitsStoryNeedsTwoApprovalsByTwoCommunityManagers() {
        Fixtures.Setting setting = activeSeries(true);
        String id = submittedStory(setting);
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("approvals.needed", equalTo(2));
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        decide(id, communityManager("Fatima"), review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        as(campaignManager()).get("/api/v1/stories/" + id).then()
                .body("state", equalTo("submitted")).body("approvals.givenBy", contains("Fatima")).body("claim", nullValue());

        transition(id, communityManager("Fatima"), "claim").then().statusCode(403).body("detail", containsString("another"));
        transition(id, communityManager("Bram"), "claim").then().statusCode(200);
        decide(id, communityManager("Bram"), review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        as(campaignManager()).get("/api/v1/stories/" + id).then()
                .body("state", equalTo("approved")).body("approvals.givenBy", contains("Fatima", "Bram"));
    }

    @Test
    void verdictsOtherThanMeetsNeedAnExplanationAndApprovalNeedsEveryValueMet() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String fatima = communityManager("Fatima");
        transition(id, fatima, "claim").then().statusCode(200);

        Map<String, Object> unexplained = review(setting, 1, "meets", "request-changes", "Graag aanpassen.");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) unexplained.get("values");
        values.get(0).put("verdict", "concern");
        decide(id, fatima, unexplained).then().statusCode(400)
                .body("invalidParams.name", hasItem("values[0].explanation"));

        decide(id, fatima, review(setting, 1, "concern", "approve", null)).then().statusCode(400)
                .body("invalidParams.name", hasItem("decision"));
        decide(id, fatima, review(setting, 1, "fails", "reject", null)).then().statusCode(400)
                .body("invalidParams.name", hasItem("reasons"));

        Map<String, Object> missing = review(setting, 1, "meets", "approve", null);
        ((List<?>) missing.get("values")).remove(3);
        decide(id, fatima, missing).then().statusCode(400)
                .body("invalidParams.find { it.name == 'values' }.reason", containsString("transparent"));
        decide(id, fatima, review(setting, 2, "meets", "approve", null)).then().statusCode(409);

        as(campaignManager()).get("/api/v1/stories/" + id + "/reviews").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void requestedChangesGoBackToTheAuthorAndARevisedStoryIsSubmittedAgain() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        decide(id, communityManager("Fatima"), review(setting, 1, "concern", "request-changes", "Haal de naam uit alinea twee."))
                .then().statusCode(201);
        as(editor(setting.unitCode())).get("/api/v1/stories/" + id).then()
                .body("state", equalTo("changes-requested")).body("stateReason", equalTo("Haal de naam uit alinea twee."))
                .body("allowedActions", hasItems("revise", "submit"));
        as(editor(setting.unitCode())).header("If-Match", Fixtures.etag(id))
                .body(Fixtures.storyInput(setting, Fixtures.content(setting, "Een nachtdienst", "Zonder namen.")))
                .put("/api/v1/stories/" + id).then().statusCode(200).body("revision", equalTo(2));
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200).body("state", equalTo("submitted"));
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        decide(id, communityManager("Fatima"), review(setting, 2, "fails", "reject", "Past niet bij de campagne."))
                .then().statusCode(201);
        as(editor(setting.unitCode())).get("/api/v1/stories/" + id).then().body("state", equalTo("rejected"));
    }

    @Test
    void aClaimKeepsOthersOutUntilItExpires() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        transition(id, communityManager("Bram"), "claim").then().statusCode(409).body("detail", containsString("Fatima"));

        clock.advance(Duration.ofMinutes(31));
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("claim.live", equalTo(false));
        decide(id, communityManager("Fatima"), review(setting, 1, "meets", "approve", null)).then().statusCode(409);
        transition(id, communityManager("Bram"), "claim").then().statusCode(200).body("claim.byName", equalTo("Bram"));
        transition(id, communityManager("Bram"), "release").then().statusCode(200)
                .body("state", equalTo("submitted")).body("claim", nullValue());
    }
}
