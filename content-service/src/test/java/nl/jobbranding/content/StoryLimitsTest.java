package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Work and lists per story are bounded (issue 13, items 8 and 11): the revision diff of two long, entirely different
 * revisions, the number of revisions and comments, paged reviews, and bodies sent in chunks without a length.
 */
@QuarkusTest
class StoryLimitsTest {

    @Test
    void theDiffOfTwoLongEntirelyDifferentRevisionsIsQuick() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String id = as(editor).body(Fixtures.storyInput(setting, Fixtures.content(setting, "Lang", lines("a", 24_999))))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        as(editor).header("If-Match", "\"0\"")
                .body(Fixtures.storyInput(setting, Fixtures.content(setting, "Lang", lines("b", 24_999))))
                .put("/api/v1/stories/" + id).then().statusCode(200);
        long started = System.nanoTime();
        as(campaignManager()).get("/api/v1/stories/" + id + "/revisions/2/diff").then().statusCode(200)
                .body("bodyDiff[0]", equalTo("--- revision 1"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Diff of two different 25,000-line revisions: " + millis + " ms");
        // Generous for a loaded build machine; the quadratic diff took about 19 s of CPU for these two revisions.
        assertTrue(millis < 10_000, "the diff took " + millis + " ms");
    }

    @Test
    void aStoryKeepsAtMostAHundredRevisions() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String id = Fixtures.createStory(setting);
        for (int revision = 2; revision <= 100; revision++) {
            as(editor).header("If-Match", "\"" + (revision - 2) + "\"")
                    .body(Fixtures.storyInput(setting, Fixtures.content(setting, "Versie " + revision, "Tekst.")))
                    .put("/api/v1/stories/" + id).then().statusCode(200);
        }
        as(editor).header("If-Match", "\"99\"")
                .body(Fixtures.storyInput(setting, Fixtures.content(setting, "Versie 101", "Tekst.")))
                .put("/api/v1/stories/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Too many revisions"));
        as(editor).get("/api/v1/stories/" + id + "/revisions?limit=100").then().statusCode(200).body("items", hasSize(100));
    }

    @Test
    void aStoryHasAtMostFiveHundredComments() {
        Fixtures.Setting setting = activeSeries(false);
        String id = Fixtures.createStory(setting);
        String manager = Fixtures.communityManager("Fatima");
        for (int i = 0; i < 500; i++) {
            as(manager).body(java.util.Map.of("text", "Opmerking " + i)).post("/api/v1/stories/" + id + "/revisions/1/comments")
                    .then().statusCode(201);
        }
        as(manager).body(java.util.Map.of("text", "Nog een")).post("/api/v1/stories/" + id + "/revisions/1/comments")
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Too many comments"));
    }

    @Test
    void reviewsArePaged() {
        Fixtures.Setting setting = activeSeries(true);
        String id = Fixtures.approvedStory(setting, "Fatima", "Joris");
        String next = as(campaignManager()).get("/api/v1/stories/" + id + "/reviews?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reviewerName", equalTo("Fatima"))
                .body("_links.next.href", notNullValue()).extract().path("_links.next.href");
        as(campaignManager()).get(next).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reviewerName", equalTo("Joris"))
                .body("_links.next", nullValue());
    }

    @Test
    void aBodySentInChunksIsHeldToTheSameLimit() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        byte[] big = ("{\"seriesId\":\"" + setting.seriesId() + "\",\"unitCode\":\"" + setting.unitCode()
                + "\",\"content\":{\"title\":\"" + "x".repeat(300_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        // Sent without a Content-Length (an input stream of unknown length goes in chunks): RestAssured would state the
        // length of a byte stream, and the length check would answer before the chunked path is reached.
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/stories"))
                .header("Authorization", "Bearer " + editor(setting.unitCode()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
    }

    private static String lines(String line, int count) {
        return (line + "\n").repeat(count - 1) + line;
    }

}
