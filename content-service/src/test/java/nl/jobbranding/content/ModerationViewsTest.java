package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ModerationViewsTest {

    @Test
    void theQueueListsWaitingStoriesOldestFirstWithAgeAndClaim() {
        Fixtures.Setting setting = activeSeries(true);
        String first = submittedStory(setting);
        String second = submittedStory(setting);
        Fixtures.createStory(setting);
        transition(second, communityManager("Fatima"), "claim").then().statusCode(200);

        as(communityManager("Bram")).get("/api/v1/moderation-queue?unitCode=" + setting.unitCode()).then().statusCode(200)
                .body("items.storyId", contains(first, second))
                .body("items[0].state", equalTo("submitted")).body("items[0].claim", nullValue())
                .body("items[0].unitSensitive", equalTo(true)).body("items[0].approvals.needed", equalTo(2))
                .body("items[0].age", org.hamcrest.Matchers.matchesPattern("PT[0-9HMS.]+"))
                .body("items[1].claim.byName", equalTo("Fatima"));
        as(communityManager("Bram")).get("/api/v1/moderation-queue?channel=" + setting.channels().get(1)
                + "&campaignId=" + setting.campaignId()).then().statusCode(200).body("items.storyId", contains(first, second));
        as(communityManager("Bram")).get("/api/v1/moderation-queue?limit=1&unitCode=" + setting.unitCode()).then()
                .body("items.storyId", contains(first)).body("_links.next.href", notNullValue());
        as(editor(setting.unitCode())).get("/api/v1/moderation-queue").then().statusCode(403);
        given().get("/api/v1/moderation-queue").then().statusCode(401);
    }

    @Test
    void theTransparencyLogShowsDecisionsOnPublishedAndRejectedStoriesWithoutPersonalData() {
        Fixtures.Setting setting = activeSeries(false);
        String published = approvedStory(setting, "Fatima");
        transition(published, campaignManager(), "publish").then().statusCode(200);
        String rejected = submittedStory(setting);
        transition(rejected, communityManager("Bram"), "claim").then().statusCode(200);
        decide(rejected, communityManager("Bram"), review(setting, 1, "fails", "reject", "Noemt collega Jan de Vries bij naam."))
                .then().statusCode(201);
        String pending = approvedStory(setting, "Fatima");

        String log = given().get("/api/v1/transparency-log?campaignId=" + setting.campaignId()).then().statusCode(200)
                .body("items.storyId", contains(rejected, published))
                .body("items[0].decision", equalTo("reject"))
                .body("items[0].values.value", hasItem("careful"))
                .body("items[0].values[0].verdict", equalTo("fails"))
                .body("items.storyId", not(hasItem(pending)))
                .extract().asString();
        for (String personal : List.of("Fatima", "Bram", "Jan de Vries", "Sanne", "Redactie", "explanation", "reasons")) {
            assertFalse(log.contains(personal), "the transparency log contains " + personal);
        }
    }

    @Test
    void commentsAreThreadedPerRevisionAndThreadsCanBeResolved() {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String thread = as(communityManager("Fatima")).body(Map.of("text", "Kan alinea twee korter?"))
                .post("/api/v1/stories/" + id + "/revisions/1/comments").then().statusCode(201)
                .header("Location", containsString("/api/v1/stories/" + id + "/comments/"))
                .body("authorName", equalTo("Fatima")).extract().path("id");
        String reply = as(editor(setting.unitCode())).body(Map.of("text", "Ja, doe ik.", "inReplyTo", thread))
                .post("/api/v1/stories/" + id + "/revisions/1/comments").then().statusCode(201)
                .body("inReplyTo", equalTo(thread)).extract().path("id");
        as(editor("ANDERE-DIENST")).body(Map.of("text", "Hallo")).post("/api/v1/stories/" + id + "/revisions/1/comments")
                .then().statusCode(403);
        as(editor(setting.unitCode())).body(Map.of("text", "Hallo")).post("/api/v1/stories/" + id + "/revisions/7/comments")
                .then().statusCode(404);
        as(editor(setting.unitCode())).post("/api/v1/stories/" + id + "/comments/" + reply + "/resolution").then().statusCode(409);
        as(editor(setting.unitCode())).post("/api/v1/stories/" + id + "/comments/" + thread + "/resolution").then().statusCode(200)
                .body("resolvedAt", notNullValue()).body("resolvedByName", equalTo("Redactie " + setting.unitCode()));
        as(communityManager("Fatima")).get("/api/v1/stories/" + id + "/comments?revision=1").then().statusCode(200)
                .body("items.id", contains(thread, reply));
    }

    @Test
    void theReviewContextGivesInOneAnswerWhatTheStoryAndItsFourListsGiveOneByOne() {
        Fixtures.Setting setting = activeSeries(true);
        String id = submittedStory(setting);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        as(communityManager("Fatima")).body(Map.of("text", "Kan alinea twee korter?"))
                .post("/api/v1/stories/" + id + "/revisions/1/comments").then().statusCode(201);
        String reader = communityManager("Bram");

        Response context = as(reader).get("/api/v1/stories/" + id + "/review-context").then().statusCode(200).extract().response();
        Response story = as(reader).get("/api/v1/stories/" + id).then().statusCode(200).extract().response();
        assertEquals(story.jsonPath().getMap(""), context.jsonPath().getMap("story"));
        assertEquals(story.header("ETag"), context.jsonPath().getString("storyETag"), "the ETag to act on the story with");
        assertEquals(as(reader).get("/api/v1/stories/" + id + "/screening").then().statusCode(200).extract().jsonPath().getMap(""),
                context.jsonPath().getMap("screening"));
        for (String list : List.of("revisions?limit=20", "comments?limit=50", "audit-trail?limit=50")) {
            Map<String, Object> own = as(reader).get("/api/v1/stories/" + id + "/" + list).then().statusCode(200).extract().jsonPath().getMap("");
            String part = list.startsWith("audit") ? "auditTrail" : list.substring(0, list.indexOf('?'));
            assertEquals(own.get("items"), context.jsonPath().getList(part + ".items"), part);
            assertTrue(context.jsonPath().getString(part + "._links.self.href").endsWith("/api/v1/stories/" + id + "/" + list), part);
        }
        assertEquals(1, context.jsonPath().getList("comments.items").size());
        assertFalse(context.jsonPath().getList("auditTrail.items").isEmpty(), "submission and claim are in the trail");

        // The same rights as reading the story: another unit's editor and an anonymous caller read nothing.
        as(editor("ANDERE-DIENST")).get("/api/v1/stories/" + id + "/review-context").then()
                .statusCode(as(editor("ANDERE-DIENST")).get("/api/v1/stories/" + id).statusCode());
        given().get("/api/v1/stories/" + id + "/review-context").then().statusCode(401);
        as(reader).get("/api/v1/stories/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/review-context").then().statusCode(404);
    }

    /**
     * The review context is built by PostgreSQL as JSON, apart from the records the single reads map: on a story with
     * everything in it (a dismissed finding and omitted ones, revisions, comments, replies and a resolved thread, an
     * audit trail, each list with a next page, content with absent fields and escaped text) every field of every part
     * equals what the story, its screening and its own lists give, timestamps to the character and links included.
     */
    @Test
    void theReviewContextEqualsItsPartsFieldByFieldOnAStoryWithEverything() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        StringBuilder body = new StringBuilder("Bij de intake noteer ik het BSN 123456782 van de \"bezoeker\" <script>x</script> \u00e9\u2603.\n");
        for (int i = 0; i < 25; i++) {
            body.append("Mail collega").append(i).append(" via collega").append(i).append("@example.nl.\n");
        }
        String id = as(editor).body(Fixtures.storyInput(setting, Fixtures.content(setting, "Een \"nachtdienst\"", "Eerste versie.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        // 52 revisions (a next page of revisions and, with create and submit, of the audit trail), the last with the
        // findings, one without summary and contact person.
        for (int revision = 2; revision <= 52; revision++) {
            Map<String, Object> content = Fixtures.content(setting, "Een nachtdienst " + revision,
                    revision == 52 ? body.toString() : "Versie " + revision + ".");
            if (revision == 10) {
                content.put("summary", null);
                content.put("contactPerson", null);
                content.put("media", List.of());
            }
            as(editor).header("If-Match", Fixtures.etag(id)).body(Fixtures.storyInput(setting, content))
                    .put("/api/v1/stories/" + id).then().statusCode(200);
        }
        transition(id, editor, "submit").then().statusCode(200);
        String fatima = communityManager("Fatima");
        transition(id, fatima, "claim").then().statusCode(200);
        String finding = as(fatima).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .body("omittedFindings", not(org.hamcrest.Matchers.empty())).extract().path("findings[0].id");
        as(fatima).header("If-Match", Fixtures.etag(id)).body(Map.of("findingId", finding, "reason", "Fictief nummer, \"oefening\"."))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(200);
        String thread = null;
        for (int i = 0; i < 51; i++) {
            Map<String, Object> comment = new java.util.HashMap<>(Map.of("text", "Opmerking " + i + " \"kort\""));
            if (thread != null && i % 10 == 0) {
                comment.put("inReplyTo", thread);
            }
            String made = as(i % 2 == 0 ? fatima : editor).body(comment).post("/api/v1/stories/" + id + "/revisions/52/comments")
                    .then().statusCode(201).extract().path("id");
            thread = thread == null ? made : thread;
        }
        as(editor).post("/api/v1/stories/" + id + "/comments/" + thread + "/resolution").then().statusCode(200);

        String reader = communityManager("Bram");
        Response context = as(reader).get("/api/v1/stories/" + id + "/review-context").then().statusCode(200)
                .contentType("application/json").extract().response();
        Response story = as(reader).get("/api/v1/stories/" + id).then().statusCode(200).extract().response();
        assertEquals(story.jsonPath().getMap(""), context.jsonPath().getMap("story"));
        assertEquals(story.header("ETag"), context.jsonPath().getString("storyETag"));
        Map<String, Object> screening = as(reader).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(screening, context.jsonPath().getMap("screening"));
        assertEquals("Fictief nummer, \"oefening\".", context.jsonPath().getString("screening.findings[0].dismissal.reason"));
        for (String list : List.of("revisions?limit=20", "comments?limit=50", "audit-trail?limit=50")) {
            Map<String, Object> own = as(reader).get("/api/v1/stories/" + id + "/" + list).then().statusCode(200).extract().jsonPath().getMap("");
            String part = list.startsWith("audit") ? "auditTrail" : list.substring(0, list.indexOf('?'));
            assertEquals(own.get("items"), context.jsonPath().getList(part + ".items"), part);
            assertEquals(context.jsonPath().getList(part + ".items").size(), Integer.parseInt(list.substring(list.indexOf('=') + 1)), part);
            assertTrue(context.jsonPath().getString(part + "._links.self.href").endsWith("/api/v1/stories/" + id + "/" + list), part);
            assertEquals(((Map<?, ?>) ((Map<?, ?>) own.get("_links")).get("next")).get("href"),
                    context.jsonPath().getString(part + "._links.next.href"), part + ": the next page");
            // The next page follows on: its items are the list's next ones.
            String next = context.jsonPath().getString(part + "._links.next.href");
            assertFalse(as(reader).get(next.substring(next.indexOf("/api/v1/"))).then().statusCode(200).extract()
                    .jsonPath().getList("items").isEmpty(), part);
        }
        // Absent fields are there as null, as the records write them.
        assertTrue(context.jsonPath().getMap("revisions.items[9].content").containsKey("contactPerson"));
        assertEquals(null, context.jsonPath().getString("revisions.items[9].content.summary"));
    }

    @Test
    void aDraftsReviewContextHasNoScreening() {
        Fixtures.Setting setting = activeSeries(false);
        String draft = Fixtures.createStory(setting);
        as(editor(setting.unitCode())).get("/api/v1/stories/" + draft + "/review-context").then().statusCode(200)
                .body("story.state", equalTo("draft")).body("screening", nullValue()).body("revisions.items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void ofManyParallelDecisionsOnOneStoryExactlyOneIsTaken() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String fatima = communityManager("Fatima");
        transition(id, fatima, "claim").then().statusCode(200);
        String etag = Fixtures.etag(id);

        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = i % 2 == 0 ? review(setting, 1, "meets", "approve", null)
                    : review(setting, 1, "concern", "request-changes", "Korter graag.");
            attempts.add(() -> as(fatima).header("If-Match", etag).body(body)
                    .post("/api/v1/stories/" + id + "/reviews").then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one decision: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 412 || s == 409), "losers get 412 or 409: " + statuses);

        Response story = as(campaignManager()).get("/api/v1/stories/" + id);
        String state = story.path("state");
        assertTrue(state.equals("approved") || state.equals("changes-requested"), state);
        as(campaignManager()).get("/api/v1/stories/" + id + "/reviews").then().body("items.size()", equalTo(1));
        List<String> actions = as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").path("items.action");
        assertEquals(List.of("create", "submit", "claim", state.equals("approved") ? "approve" : "request-changes"), actions);
    }

    @Test
    void parallelClaimsHaveOneWinner() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String id = submittedStory(setting);
        String etag = Fixtures.etag(id);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cem", "Dewi", "Eva", "Fatima")) {
            attempts.add(() -> as(communityManager(name)).header("If-Match", etag).body(Map.of("action", "claim"))
                    .post("/api/v1/stories/" + id + "/transitions").then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one claim wins: " + statuses);
        as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                .body("items.findAll { it.action == 'claim' }.size()", equalTo(1));
    }
}
