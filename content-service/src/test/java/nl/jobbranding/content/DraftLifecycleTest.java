package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The author's own steps before review: taking a submission back, and deleting a draft that was never submitted. */
@QuarkusTest
class DraftLifecycleTest {

    @Test
    void theUnitTakesItsSubmissionBackBeforeItIsClaimedButNotAfter() {
        Fixtures.Setting setting = activeSeries(true);
        String unit = editor(setting.unitCode());
        String id = submittedStory(setting);
        transition(id, editor("ANDERE-DIENST"), "retract").then().statusCode(403);
        transition(id, campaignManager(), "retract").then().statusCode(403);
        transition(id, unit, "retract").then().statusCode(200).body("state", equalTo("draft"))
                .body("allowedActions", hasItem("submit"));
        as(unit).get("/api/v1/stories/" + id + "/audit-trail").then()
                .body("items.action", contains("create", "submit", "retract"));
        as(unit).delete("/api/v1/stories/" + id).then().statusCode(409).body("title", equalTo("Not a new draft"));

        transition(id, unit, "submit").then().statusCode(200);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        transition(id, unit, "retract").then().statusCode(409);
        decide(id, communityManager("Fatima"), review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        transition(id, unit, "retract").then().statusCode(409).body("title", equalTo("Review under way"));
    }

    @Test
    void aDraftThatWasNeverSubmittedIsDeletedWhileItsAuditTrailStays() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String unit = editor(setting.unitCode());
        String id = createStory(setting);
        as(communityManager("Fatima")).body(Map.of("text", "Mooi begin.")).post("/api/v1/stories/" + id + "/revisions/1/comments");
        as(editor("ANDERE-DIENST")).delete("/api/v1/stories/" + id).then().statusCode(403);
        as(campaignManager()).delete("/api/v1/stories/" + id).then().statusCode(403);
        as(unit).header("If-Match", "\"99\"").delete("/api/v1/stories/" + id).then().statusCode(412);
        as(unit).header("If-Match", Fixtures.etag(id)).delete("/api/v1/stories/" + id).then().statusCode(204);
        as(unit).get("/api/v1/stories/" + id).then().statusCode(404);
        as(unit).get("/api/v1/stories/" + id + "/revisions/1").then().statusCode(404);
        as(unit).get("/api/v1/stories").then().body("items.id", not(hasItem(id)));
        as(unit).delete("/api/v1/stories/" + id).then().statusCode(404);
        assertEquals(List.of("CREATE", "DELETE"), auditActions(id), "the audit trail outlives the draft");

        String published = approvedStory(setting, "Fatima");
        as(unit).delete("/api/v1/stories/" + published).then().statusCode(409);
        String submitted = submittedStory(setting);
        as(unit).delete("/api/v1/stories/" + submitted).then().statusCode(409);
    }

    private static List<String> auditActions(String storyId) throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        List<String> actions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement query = connection.prepareStatement("select action from audit_event where story_id = ? order by id")) {
            query.setObject(1, UUID.fromString(storyId));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }
}
