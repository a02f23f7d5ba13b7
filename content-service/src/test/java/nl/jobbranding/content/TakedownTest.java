package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.jobbranding.content.service.PublicationJob;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-channel publication and takedown (issue 15, item 4): posts recorded per channel; a story going off line opens a
 * takedown task for exactly the channels it was posted on, listed until each is confirmed with the time.
 */
@QuarkusTest
class TakedownTest {

    @Inject
    TestClock clock;

    @Inject
    PublicationJob job;

    @Test
    void aWithdrawnConsentOpensTakedownTasksForExactlyTheChannelsPosted() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String person = person(setting, "Mohamed");
        String posted = publishedStoryFeaturing(setting, person);
        String notPosted = publishedStoryFeaturing(setting, person);
        String channel = setting.channels().get(0);
        String fatima = communityManager("Fatima");

        as(editor).body(post(channel)).post("/api/v1/stories/" + posted + "/posts").then().statusCode(403);
        as(fatima).body(post("tiktok")).post("/api/v1/stories/" + posted + "/posts").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("channel"));
        as(fatima).body(post(channel)).post("/api/v1/stories/" + posted + "/posts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/stories/" + posted + "/posts"))
                .body("channel", equalTo(channel)).body("postedByName", equalTo("Fatima"));
        as(fatima).body(post(channel)).post("/api/v1/stories/" + posted + "/posts").then().statusCode(409);
        as(editor).get("/api/v1/stories/" + posted + "/posts").then().statusCode(200).body("items.channel", equalTo(List.of(channel)));

        as(editor).body(Map.of("reason", "Wil niet meer online staan.")).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(200);
        List<Map<String, Object>> tasks = openTasks().stream().filter(t -> t.get("storyId").equals(posted) || t.get("storyId").equals(notPosted))
                .toList();
        assertEquals(1, tasks.size(), tasks.toString());
        Map<String, Object> task = tasks.get(0);
        assertEquals(posted, task.get("storyId"));
        assertEquals(channel, task.get("channel"));
        assertEquals("consent", task.get("cause"));
        as(fatima).body(post(setting.channels().get(1))).post("/api/v1/stories/" + posted + "/posts").then().statusCode(409);

        String taskUrl = "/api/v1/takedown-tasks/" + task.get("id");
        as(editor).get(taskUrl).then().statusCode(403);
        String etag = as(fatima).get(taskUrl).then().statusCode(200).extract().header("ETag");
        clock.advance(Duration.ofMinutes(90));
        as(fatima).header("If-Match", etag).body(Map.of("takenDownAt", clock.instant().plusSeconds(3600).toString()))
                .post(taskUrl + "/confirmation").then().statusCode(400).body("invalidParams[0].name", equalTo("takenDownAt"));
        as(communityManager("Joris")).header("If-Match", etag).body(Map.of("takenDownAt", clock.instant().minusSeconds(60).toString()))
                .post(taskUrl + "/confirmation").then().statusCode(200).body("confirmedByName", equalTo("Joris"));
        as(fatima).header("If-Match", as(fatima).get(taskUrl).header("ETag")).body(Map.of("takenDownAt", clock.instant().toString()))
                .post(taskUrl + "/confirmation").then().statusCode(409);
        assertFalse(openTasks().stream().anyMatch(t -> t.get("id").equals(task.get("id"))));
        as(fatima).get("/api/v1/takedown-tasks?status=done&limit=100").then().statusCode(200).body("items.id", hasItem(task.get("id")));

        JsonPath log = given().get("/api/v1/transparency-log/takedowns?limit=100").then().statusCode(200).extract().jsonPath();
        Map<String, Object> entry = log.getMap("items.find { it.storyId == '" + posted + "' }");
        // 90 minutes after the task opened, confirmed as taken down a minute before (the test clock also runs on).
        assertTrue(((String) entry.get("took")).startsWith("PT1H29M"), entry.toString());
        assertEquals(channel, entry.get("channel"));
        assertFalse(entry.containsKey("url"), entry.toString());
        assertTrue(log.getList("items.storyId").stream().noneMatch(notPosted::equals));
        as(campaignManager()).get("/api/v1/stories/" + posted + "/audit-trail").then()
                .body("items.action", hasItem("confirm-takedown")).body("items.action", hasItem("record-post"));
    }

    @Test
    void anExpiredStoryOpensATaskPerPostedChannelAndADraftCannotBePosted() {
        Fixtures.Setting setting = activeSeries(false);
        String story = Fixtures.approvedStory(setting, "Fatima");
        as(communityManager("Fatima")).body(post(setting.channels().get(0))).post("/api/v1/stories/" + story + "/posts")
                .then().statusCode(409);
        transition(story, campaignManager(), Map.of("action", "publish", "expiresAt", clock.instant().plusSeconds(3600).toString()))
                .then().statusCode(200);
        for (String channel : setting.channels()) {
            as(campaignManager()).body(post(channel)).post("/api/v1/stories/" + story + "/posts").then().statusCode(201);
        }
        clock.advance(Duration.ofHours(2));
        as(campaignManager()).get("/api/v1/stories/" + story).then().body("state", equalTo("published"));
        job.run();
        as(campaignManager()).get("/api/v1/stories/" + story).then().body("state", equalTo("archived"))
                .body("publishedRevision", nullValue());
        List<Object> causes = openTasks().stream().filter(t -> t.get("storyId").equals(story)).map(t -> t.get("cause")).toList();
        assertEquals(List.of("expiry", "expiry"), causes);
        given().get("/api/v1/published-stories?seriesId=" + setting.seriesId()).then().body("items.id", not(hasItem(story)));
    }

    private static List<Map<String, Object>> openTasks() {
        return as(campaignManager()).get("/api/v1/takedown-tasks?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private static Map<String, Object> post(String channel) {
        return Map.of("channel", channel, "url", "https://www.example.nl/posts/" + channel);
    }

    private String person(Fixtures.Setting setting, String name) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "name", name,
                        "consentScope", "Voornaam en foto.", "channels", setting.channels(),
                        "givenOn", today.minusDays(1).toString(), "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
    }

    private static String publishedStoryFeaturing(Fixtures.Setting setting, String person) {
        Map<String, Object> content = Fixtures.content(setting, "Met een collega", "Een verhaal over het team.");
        content.put("featuredPeople", List.of(person));
        String id = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        transition(id, communityManager("Joris"), "claim").then().statusCode(200);
        Fixtures.decide(id, communityManager("Joris"), Fixtures.review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        transition(id, campaignManager(), "publish").then().statusCode(200);
        return id;
    }
}
