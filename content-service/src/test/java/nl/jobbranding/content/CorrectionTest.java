package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.etag;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.storyInput;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Corrections after publication (issue 15, item 3): an edit to a published story is a new revision reviewed against the
 * published one while the published text stays live; approving it replaces the published text.
 */
@QuarkusTest
class CorrectionTest {

    private static final String ORIGINAL = "Een nachtdienst";
    private static final String CORRECTED = "Een nachtdienst in de inrichting";
    private static final String ORIGINAL_BODY = "Om tien uur begint mijn dienst.\nEerst de overdracht.";

    @Test
    void aPublishedStoryCorrectedWhileTheOldTextStaysLiveUntilApproval() {
        Fixtures.Setting setting = activeSeries(true);
        String id = approvedStory(setting, "Fatima", "Joris");
        transition(id, campaignManager(), "publish").then().statusCode(200).body("publishedRevision", equalTo(1));
        assertLiveTitle(setting, id, ORIGINAL);

        String editor = editor(setting.unitCode());
        as(editor).header("If-Match", etag(id)).body(storyInput(setting, content(setting, CORRECTED,
                        "Om tien uur begint mijn dienst.\nEerst de overdracht.")))
                .put("/api/v1/stories/" + id).then().statusCode(200)
                .body("state", equalTo("draft")).body("revision", equalTo(2)).body("publishedRevision", equalTo(1))
                .body("allowedTransitions", contains("submit"));
        assertLiveTitle(setting, id, ORIGINAL);

        // A typo: declared minor, one approval suffices although the unit is sensitive.
        transition(id, editor, Map.of("action", "submit", "minorCorrection", true)).then().statusCode(200)
                .body("state", equalTo("submitted")).body("minorCorrection", equalTo(true)).body("approvals.needed", equalTo(1));
        assertLiveTitle(setting, id, ORIGINAL);

        String fatima = communityManager("Fatima");
        transition(id, fatima, "claim").then().statusCode(200);
        as(fatima).get("/api/v1/stories/" + id + "/revisions/2/diff?from=1").then().statusCode(200)
                .body("changes.path", hasItem("title")).body("changes.find { it.path == 'title' }.after", equalTo(CORRECTED));
        assertLiveTitle(setting, id, ORIGINAL);

        decide(id, fatima, review(setting, 2, "meets", "approve", null)).then().statusCode(201);
        as(fatima).get("/api/v1/stories/" + id).then().body("state", equalTo("published")).body("publishedRevision", equalTo(2))
                .body("minorCorrection", equalTo(false));
        assertLiveTitle(setting, id, CORRECTED);
    }

    @Test
    void aRejectedCorrectionLeavesThePublishedTextLiveAndCurrentAndAWithdrawalDuringACorrectionTakesTheStoryOffLine() {
        Fixtures.Setting setting = activeSeries(true);
        String id = approvedStory(setting, "Fatima", "Joris");
        transition(id, campaignManager(), "publish").then().statusCode(200);
        String editor = editor(setting.unitCode());
        as(editor).header("If-Match", etag(id)).body(storyInput(setting, content(setting, CORRECTED, "Een andere tekst.")))
                .put("/api/v1/stories/" + id).then().statusCode(200);
        transition(id, editor, "submit").then().statusCode(200).body("approvals.needed", equalTo(2));
        String joris = communityManager("Joris");
        transition(id, joris, "claim").then().statusCode(200);
        decide(id, joris, review(setting, 2, "concern", "reject", "Dit klopt niet.")).then().statusCode(201);
        // What the editor sees next is what the public reads: the published revision is the current one again, with the
        // rejection's reasons; the rejected revision stays in the history with its review.
        as(editor).get("/api/v1/stories/" + id).then().body("state", equalTo("published")).body("publishedRevision", equalTo(1))
                .body("revision", equalTo(1)).body("content.title", equalTo(ORIGINAL)).body("content.body", equalTo(ORIGINAL_BODY))
                .body("stateReason", equalTo("Dit klopt niet."));
        as(editor).get("/api/v1/stories/" + id + "/revisions").then().body("items.number", contains(1, 2))
                .body("items[1].content.title", equalTo(CORRECTED));
        as(editor).get("/api/v1/stories/" + id + "/reviews").then().body("items.find { it.decision == 'reject' }.revision", equalTo(2));
        assertLiveTitle(setting, id, ORIGINAL);

        // The next correction starts from the published text and is numbered after the rejected one, compared with the
        // published revision.
        as(editor).header("If-Match", etag(id)).body(storyInput(setting, content(setting, CORRECTED, "Nog een poging.")))
                .put("/api/v1/stories/" + id).then().statusCode(200).body("state", equalTo("draft")).body("revision", equalTo(3))
                .body("publishedRevision", equalTo(1));
        as(editor).get("/api/v1/stories/" + id + "/revisions/3/diff?from=1").then().statusCode(200)
                .body("changes.find { it.path == 'title' }.after", equalTo(CORRECTED));
        assertLiveTitle(setting, id, ORIGINAL);
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("allowedTransitions", hasItem("withdraw"));
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "De serie stopt.")).then().statusCode(200)
                .body("state", equalTo("withdrawn")).body("publishedRevision", nullValue());
        given().get("/api/v1/published-stories/" + id).then().statusCode(404);
        given().get("/api/v1/published-stories?seriesId=" + setting.seriesId()).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void onlyACorrectionOfAPublishedStoryCanBeMinorAndANewDraftCannotBeWithdrawn() {
        Fixtures.Setting setting = activeSeries(false);
        String id = Fixtures.createStory(setting);
        transition(id, editor(setting.unitCode()), Map.of("action", "submit", "minorCorrection", true)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("minorCorrection"));
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("allowedTransitions", not(hasItem("withdraw")));
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "Weg ermee.")).then().statusCode(409);
        String submitted = submittedStory(setting);
        transition(submitted, communityManager("Fatima"), Map.of("action", "claim", "minorCorrection", false)).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("minorCorrection"));
    }

    private static void assertLiveTitle(Fixtures.Setting setting, String id, String title) {
        given().get("/api/v1/published-stories/" + id).then().statusCode(200).body("title", equalTo(title));
        given().get("/api/v1/published-stories?seriesId=" + setting.seriesId()).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.title", equalTo(title));
    }
}
