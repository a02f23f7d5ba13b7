package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.jobbranding.runtime.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bulk moderation through HTTP: every item under the single step's rules, a result and an audit entry per item. */
@QuarkusTest
class BulkDecisionTest {

    private static final String BULK = "/api/v1/bulk-decisions";

    @Test
    void aBulkApproveRefusesTheItemWithABlockFindingAndTheStaleOneAndApprovesTheRest() {
        Fixtures.Setting setting = activeSeries(false);
        String first = submittedStory(setting);
        String second = submittedStory(setting);
        String blocked = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, Fixtures.content(setting, "Intake",
                        "Bij de intake noteer ik het BSN 123456782 van de bezoeker.\nDaarna gaan we verder.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(blocked, editor(setting.unitCode()), "submit").then().statusCode(200);
        String stale = submittedStory(setting);
        String fatima = communityManager("Fatima");

        JsonPath claimed = bulk(fatima, "claim", null, List.of(item(first, version(first), null), item(second, version(second), null),
                item(blocked, version(blocked), null), item(stale, version(stale), null)))
                .then().statusCode(200).body("done", equalTo(4)).body("refused", equalTo(0))
                .body("results.state", contains("in-review", "in-review", "in-review", "in-review"))
                .extract().jsonPath();
        long staleVersion = version(stale);
        transition(stale, fatima, "claim").then().statusCode(200); // renewing the claim makes the version read stale

        bulk(fatima, "approve", null, List.of(
                        item(first, claimed.getLong("results[0].version"), 1),
                        item(second, claimed.getLong("results[1].version"), 1),
                        item(blocked, claimed.getLong("results[2].version"), 1),
                        item(stale, staleVersion, 1)))
                .then().statusCode(200).contentType("application/json")
                .body("action", equalTo("approve")).body("done", equalTo(2)).body("refused", equalTo(2))
                .body("results.storyId", contains(first, second, blocked, stale))
                .body("results.outcome", contains("done", "done", "refused", "refused"))
                .body("results[0].state", equalTo("approved")).body("results[0].reviewId", not(nullValue()))
                .body("results[0].problem", nullValue())
                .body("results[2].problem.status", equalTo(409)).body("results[2].problem.title", equalTo("Blocking findings"))
                .body("results[2].problem.instance", equalTo("/api/v1/stories/" + blocked))
                .body("results[3].problem.status", equalTo(412)).body("results[3].problem.title", equalTo("Version mismatch"))
                .body("results[3].problem.detail", containsString("in-review"));

        for (String id : List.of(first, second)) {
            as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("approved"));
            as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                    .body("items.action", contains("create", "submit", "claim", "approve"))
                    .body("items[3].actorName", equalTo("Fatima"));
            as(campaignManager()).get("/api/v1/stories/" + id + "/reviews").then()
                    .body("items[0].values.verdict", contains("meets", "meets", "meets", "meets"))
                    .body("items[0].channels.channel", hasItems(setting.channels().toArray()));
        }
        for (String id : List.of(blocked, stale)) {
            as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("in-review"));
            as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                    .body("items.action", not(hasItems("approve")));
        }
    }

    @Test
    void bulkRejectNeedsReasonsAndEachItemKeepsFourEyesAndTheTwoApprovalsOfASensitiveUnit() {
        Fixtures.Setting setting = activeSeries(true);
        String fatima = communityManager("Fatima");
        String both = DevTokens.forTests().token("dubbelrol-bulk", "Dubbelrol", List.of("unit-editor", "community-manager"),
                setting.unitCode(), Duration.ofHours(1));
        String own = as(both).body(Fixtures.storyInput(setting, Fixtures.content(setting, "Eigen verhaal", "Tekst.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(own, both, "submit").then().statusCode(200);
        String sensitive = submittedStory(setting);

        bulk(both, "claim", null, List.of(item(own, version(own), null), item(sensitive, version(sensitive), null)))
                .then().statusCode(200).body("done", equalTo(1))
                .body("results[0].problem.status", equalTo(403)).body("results[0].problem.detail", containsString("wrote"))
                .body("results[1].outcome", equalTo("done"));
        bulk(both, "release", null, List.of(item(sensitive, version(sensitive), null))).then().statusCode(200)
                .body("results[0].state", equalTo("submitted"));

        bulk(fatima, "claim", null, List.of(item(sensitive, version(sensitive), null))).then().body("done", equalTo(1));
        bulk(fatima, "approve", null, List.of(item(sensitive, version(sensitive), 1))).then().statusCode(200)
                .body("results[0].state", equalTo("submitted"));
        bulk(fatima, "claim", null, List.of(item(sensitive, version(sensitive), null))).then()
                .body("results[0].problem.status", equalTo(403)).body("results[0].problem.detail", containsString("another"));

        String bram = communityManager("Bram");
        bulk(bram, "claim", null, List.of(item(sensitive, version(sensitive), null))).then().body("done", equalTo(1));
        bulk(bram, "reject", null, List.of(item(sensitive, version(sensitive), 1))).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("items[0].reasons"));
        bulk(bram, "reject", "Past niet bij de campagne.", List.of(item(sensitive, version(sensitive), 1))).then()
                .statusCode(200).body("results[0].state", equalTo("rejected"));
        as(editor(setting.unitCode())).get("/api/v1/stories/" + sensitive).then()
                .body("stateReason", equalTo("Past niet bij de campagne."));
    }

    @Test
    void theRequestItselfIsCheckedBeforeAnyItemIsTried() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        long before = version(id);
        String fatima = communityManager("Fatima");
        bulk(editor(setting.unitCode()), "claim", null, List.of(item(id, before, null))).then().statusCode(403);
        bulk(campaignManager(), "claim", null, List.of(item(id, before, null))).then().statusCode(403);
        bulk(fatima, "publish", null, List.of(item(id, before, null))).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("action"));
        bulk(fatima, "claim", null, List.of(item(id, before, null), item(id, before, null))).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("items[1].storyId"));
        bulk(fatima, "approve", null, List.of(item(id, before, null))).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("items[0].revision"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(item(UUID.randomUUID().toString(), 0, null));
        }
        bulk(fatima, "claim", null, tooMany).then().statusCode(400).body("invalidParams[0].name", equalTo("items"));
        assertEquals(before, version(id), "nothing was done");

        bulk(fatima, "claim", null, List.of(item(UUID.randomUUID().toString(), 0, null))).then().statusCode(200)
                .body("refused", equalTo(1)).body("results[0].problem.status", equalTo(404));
    }

    private static io.restassured.response.Response bulk(String token, String action, String reasons,
                                                         List<Map<String, Object>> items) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action, "items", items));
        if (reasons != null) {
            body.put("reasons", reasons);
        }
        return as(token).body(body).post(BULK);
    }

    private static Map<String, Object> item(String storyId, long version, Integer revision) {
        Map<String, Object> item = new HashMap<>(Map.of("storyId", storyId, "version", version));
        if (revision != null) {
            item.put("revision", revision);
        }
        return item;
    }

    private static long version(String storyId) {
        return Long.parseLong(Fixtures.etag(storyId).replace("\"", ""));
    }
}
