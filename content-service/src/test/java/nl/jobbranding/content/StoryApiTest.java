package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.storyInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class StoryApiTest {

    @Test
    void editorWritesADraftOfTheirOwnUnit() {
        Fixtures.Setting setting = activeSeries(false);
        String id = as(editor(setting.unitCode()))
                .body(storyInput(setting, content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst.")))
                .post("/api/v1/stories")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/stories/"))
                .header("ETag", "\"0\"")
                .body("state", equalTo("draft"))
                .body("revision", equalTo(1))
                .body("content.title", equalTo("Een nachtdienst"))
                .body("allowedActions", hasItems("revise", "submit"))
                .extract().path("id");

        as(editor(setting.unitCode())).get("/api/v1/stories/" + id + "/audit-trail")
                .then().statusCode(200)
                .body("items.action", contains("create"))
                .body("items[0].toState", equalTo("draft"))
                .body("items[0].actorName", equalTo("Redactie " + setting.unitCode()));
    }

    @Test
    void onlyTheUnitsOwnEditorsWriteAndSeeItsStories() {
        Fixtures.Setting setting = activeSeries(false);
        Map<String, Object> body = storyInput(setting, content(setting, "Titel", "Tekst."));
        as(editor("ANDERE-DIENST")).body(body).post("/api/v1/stories")
                .then().statusCode(403).contentType("application/problem+json");
        as(communityManager("Fatima")).body(body).post("/api/v1/stories").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/stories")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer").contentType("application/problem+json");

        String id = createStory(setting);
        as(editor("ANDERE-DIENST")).get("/api/v1/stories/" + id).then().statusCode(403);
        as(communityManager("Fatima")).get("/api/v1/stories/" + id).then().statusCode(200);
        as(editor("ANDERE-DIENST")).get("/api/v1/stories?unitCode=" + setting.unitCode()).then().statusCode(403);
        as(editor(setting.unitCode())).get("/api/v1/stories").then().statusCode(200)
                .body("items.unitCode", everyItemIs(setting.unitCode()));
    }

    @Test
    void invalidContentIsRefusedWithTheFieldPaths() {
        Fixtures.Setting setting = activeSeries(false);
        Map<String, Object> content = content(setting, " ", "Tekst.");
        content.put("media", List.of(Map.of("url", "http://insecure.example.nl/a.jpg")));
        content.put("language", "fr");
        as(editor(setting.unitCode())).body(storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("content.language"));
        content.put("language", "nl");
        as(editor(setting.unitCode())).body(storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(400)
                .body("invalidParams.name", hasItems("content.title", "content.media[0].url", "content.media[0].altText"));
    }

    @Test
    void everyEditIsARevisionAndRevisionsCanBeCompared() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        String editor = editor(setting.unitCode());
        Map<String, Object> content = content(setting, "Een nachtdienst in PI Vught", "Om tien uur begint mijn dienst.\nEerst koffie.");
        as(editor).header("If-Match", "\"0\"").body(storyInput(setting, content)).put("/api/v1/stories/" + id)
                .then().statusCode(200).body("revision", equalTo(2)).header("ETag", "\"1\"");
        // the same content again adds nothing
        as(editor).header("If-Match", "\"1\"").body(storyInput(setting, content)).put("/api/v1/stories/" + id)
                .then().statusCode(200).body("revision", equalTo(2));
        // a stale version changes nothing
        as(editor).header("If-Match", "\"0\"").body(storyInput(setting, content(setting, "Anders", "Anders."))).put("/api/v1/stories/" + id)
                .then().statusCode(412).header("ETag", "\"1\"");

        as(editor).get("/api/v1/stories/" + id + "/revisions").then().statusCode(200)
                .body("items.number", contains(1, 2))
                .body("items[0].content.title", equalTo("Een nachtdienst"));
        as(editor).get("/api/v1/stories/" + id + "/revisions/2/diff").then().statusCode(200)
                .body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.path", contains("body", "title"))
                .body("changes.find { it.path == 'title' }.before", equalTo("Een nachtdienst"))
                .body("changes.find { it.path == 'title' }.after", equalTo("Een nachtdienst in PI Vught"))
                .body("bodyDiff", hasItems("-Eerst de overdracht.", "+Eerst koffie."))
                .body("bodyDiff[0]", startsWith("--- revision 1"));
        as(editor).get("/api/v1/stories/" + id + "/revisions/9").then().statusCode(404);
        as(editor).get("/api/v1/stories/" + id + "/revisions/2/diff?from=x").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("from"));
        as(editor).get("/api/v1/stories/" + id + "/audit-trail").then().statusCode(200)
                .body("items.action", contains("create", "revise"))
                .body("items.revision", contains(1, 2));
    }

    @Test
    void seriesAndUnitStayAndOnlyDraftsAreEdited() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        Map<String, Object> moved = storyInput(setting, content(setting, "Titel", "Tekst."));
        moved.put("seriesId", "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f");
        as(editor(setting.unitCode())).header("If-Match", "\"0\"").body(moved).put("/api/v1/stories/" + id)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("seriesId"));
        as(editor(setting.unitCode())).body(storyInput(setting, content(setting, "Titel", "Tekst."))).put("/api/v1/stories/" + id)
                .then().statusCode(428);

        Fixtures.transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        as(editor(setting.unitCode())).header("If-Match", Fixtures.etag(id))
                .body(storyInput(setting, content(setting, "Titel", "Tekst."))).put("/api/v1/stories/" + id)
                .then().statusCode(409).body("detail", containsString("submitted"));
        as(campaignManager()).get("/api/v1/stories/" + id).then().statusCode(200).body("revision", equalTo(1));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void listsPageByCursorAndRefuseBadFilters() {
        Fixtures.Setting setting = activeSeries(false);
        for (int i = 0; i < 3; i++) {
            createStory(setting);
        }
        String next = as(campaignManager()).get("/api/v1/stories?limit=2&seriesId=" + setting.seriesId())
                .then().statusCode(200).body("items", hasSize(2)).extract().path("_links.next.href");
        as(campaignManager()).get(next).then().statusCode(200).body("items", hasSize(1));
        as(campaignManager()).get("/api/v1/stories?state=published-ish").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("state"));
        as(campaignManager()).get("/api/v1/stories?cursor=@@").then().statusCode(400);
    }

    @Test
    void storiesAreCountedPerSeriesAndStateWithinTheCallersScope() {
        Fixtures.Setting setting = Fixtures.activeSeries(false);
        Fixtures.createStory(setting);
        Fixtures.submittedStory(setting);
        as(Fixtures.campaignManager()).get("/api/v1/story-counts?seriesId=" + setting.seriesId()).then().statusCode(200)
                .body("counts.find { it.state == 'draft' }.count", org.hamcrest.Matchers.equalTo(1))
                .body("counts.find { it.state == 'submitted' }.count", org.hamcrest.Matchers.equalTo(1));
        as(Fixtures.editor("ANDERS")).get("/api/v1/story-counts?seriesId=" + setting.seriesId()).then().statusCode(200)
                .body("counts.size()", org.hamcrest.Matchers.equalTo(0));
        as(Fixtures.campaignManager()).get("/api/v1/story-counts").then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("seriesId"));
        as(Fixtures.campaignManager()).get("/api/v1/story-counts?seriesId=nope").then().statusCode(400);
        // the same series twice is counted once (repeated ids are one set, as on every batch read)
        as(Fixtures.campaignManager()).get("/api/v1/story-counts?seriesId=" + setting.seriesId() + "&seriesId=" + setting.seriesId())
                .then().statusCode(200)
                .body("counts.find { it.state == 'draft' }.count", org.hamcrest.Matchers.equalTo(1));
        as(Fixtures.campaignManager()).get("/api/v1/story-counts?seriesId=").then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("seriesId"));
    }
}
