package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.jobbranding.content.service.PublicationJob;
import nl.jobbranding.runtime.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events feed (transactional outbox) through HTTP: every workflow step an event, in commit order; none rolled back. */
@QuarkusTest
class EventsTest {

    @Inject
    TestClock clock;

    @Inject
    PublicationJob job;

    @Test
    void everyWorkflowStepIsAnEventInTheOrderItWasCommitted() {
        String start = readToEnd("").after();
        Stories stories = everyKindOfEvent(clock, job);
        String id = stories.reviewed();
        String expiring = stories.expired();
        String featuring = stories.featuring();
        String person = stories.person();
        Fixtures.Setting setting = stories.setting();

        Feed feed = readToEnd(start);
        assertEquals(stories.expected().get(id), feed.typesOf(id));
        Map<String, Object> decided = feed.of(id).get(4);
        assertEquals("overturned", decided.get("outcome"));
        assertEquals("submitted", decided.get("state"));
        assertEquals(setting.unitCode(), decided.get("unitCode"));
        assertEquals(stories.expected().get(expiring), feed.typesOf(expiring));
        assertEquals(stories.expected().get(featuring), feed.typesOf(featuring));
        Map<String, Object> withdrawal = feed.events().stream().filter(e -> person.equals(e.get("featuredPersonId")))
                .findFirst().orElseThrow();
        assertEquals("featured-person.consent-withdrawn", withdrawal.get("type"));
        assertEquals(1, withdrawal.get("storiesWithdrawn"));
        // Ids, codes and states only: no names, reasons or texts.
        String everything = feed.events().toString();
        for (String personal : List.of("Mohamed", "Fatima", "Joris", "Graag een bron", "Campagne aangepast", "Wil niet meer")) {
            assertTrue(!everything.contains(personal), personal + " in " + everything);
        }
    }

    @Test
    void aChangeRolledBackLeavesNoEvent() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "a trigger is put on the test run's own PostgreSQL, whose owner role the test knows");
        Fixtures.Setting setting = activeSeries(false);
        String id = approvedStory(setting, "Fatima");
        String start = readToEnd("").after();
        // The database refuses this story's publication when the story row is written: after the event row, which
        // Hibernate inserts before it updates the story, so the event is rolled back with the change.
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection owner = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement sql = owner.createStatement()) {
            sql.execute("create or replace function refuse_publication() returns trigger language plpgsql as $$ begin "
                    + "raise exception 'refused by the test'; end $$");
            sql.execute("create trigger refuse_publication before update on story for each row when (new.id = '" + id
                    + "' and new.state = 'PUBLISHED') execute function refuse_publication()");
            try {
                int status = transition(id, campaignManager(), "publish").statusCode();
                assertTrue(status >= 500, "the publication failed: " + status);
            } finally {
                sql.execute("drop trigger refuse_publication on story");
            }
        }
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("approved"));
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "Toch niet.")).then().statusCode(200);
        assertEquals(List.of("story.withdrawn"), readToEnd(start).typesOf(id));
    }

    @Test
    void theFeedIsPagedBoundedAndReadOnlyByManagers() {
        submittedStory(activeSeries(false));
        as(campaignManager()).get("/api/v1/events?limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("_links.next.href", notNullValue())
                .body("items[0].id", notNullValue()).body("items[0].type", notNullValue())
                .body("items[0].timestamp", notNullValue());
        as(campaignManager()).get("/api/v1/events?limit=0").then().statusCode(400).contentType("application/problem+json");
        as(campaignManager()).get("/api/v1/events?after=eHl6").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("after"));
        as(editor("DJI")).get("/api/v1/events").then().statusCode(403);
        given().get("/api/v1/events").then().statusCode(401);
        as(communityManager("Fatima")).get("/api/v1/events?limit=1").then().statusCode(200);
    }

    /** Stories (and a featured person) that went through every step that is an event. */
    record Stories(Fixtures.Setting setting, String reviewed, String expired, String featuring, String person) {

        /** The event types of each story, in order, and the consent withdrawal's subject. */
        Map<String, List<String>> expected() {
            return Map.of(reviewed, List.of("story.submitted", "story.claimed", "story.changes-requested", "appeal.filed",
                            "appeal.decided", "story.claimed", "story.approved", "story.scheduled", "story.published",
                            "story.withdrawn"),
                    expired, List.of("story.submitted", "story.claimed", "story.approved", "story.published", "story.expired"),
                    featuring, List.of("story.submitted", "story.claimed", "story.approved", "story.published", "story.withdrawn"),
                    person, List.of("featured-person.consent-withdrawn"));
        }
    }

    /**
     * A story requested changes, appealed, overturned, approved, scheduled, published by the clock and withdrawn; one
     * published until it expires; one withdrawn with its featured person's consent.
     */
    static Stories everyKindOfEvent(TestClock clock, PublicationJob job) {
        Fixtures.Setting setting = activeSeries(false);
        String unit = editor(setting.unitCode());
        String fatima = communityManager("Fatima");
        String joris = communityManager("Joris");

        String id = submittedStory(setting);
        transition(id, fatima, "claim").then().statusCode(200);
        String reviewId = decide(id, fatima, review(setting, 1, "meets", "request-changes", "Graag een bron."))
                .then().statusCode(201).extract().path("id");
        io.restassured.response.Response appeal = as(unit).body(Map.of("reviewId", reviewId, "reasons", "De bron staat er al."))
                .post("/api/v1/stories/" + id + "/appeals");
        appeal.then().statusCode(201);
        as(joris).header("If-Match", appeal.header("ETag")).body(Map.of("outcome", "overturned", "reasons", "Klopt."))
                .post("/api/v1/stories/" + id + "/appeals/" + appeal.path("id") + "/decision").then().statusCode(200);
        transition(id, joris, "claim").then().statusCode(200);
        decide(id, joris, review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        transition(id, campaignManager(), Map.of("action", "schedule",
                "publishAt", clock.instant().plus(Duration.ofHours(1)).toString())).then().statusCode(200);
        clock.advance(Duration.ofHours(2));
        job.run();
        transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "Campagne aangepast.")).then().statusCode(200);

        String expiring = approvedStory(setting, "Fatima");
        transition(expiring, campaignManager(), Map.of("action", "publish",
                "expiresAt", clock.instant().plus(Duration.ofDays(1)).toString())).then().statusCode(200);
        clock.advance(Duration.ofDays(2));
        job.run();

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String person = as(unit).body(Map.of("unitCode", setting.unitCode(), "name", "Mohamed", "consentScope", "Voornaam.",
                        "channels", setting.channels(), "givenOn", today.minusDays(1).toString(),
                        "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        Map<String, Object> content = Fixtures.content(setting, "Met Mohamed", "Een verhaal over het team.");
        content.put("featuredPeople", List.of(person));
        String featuring = as(unit).body(Fixtures.storyInput(setting, content)).post("/api/v1/stories")
                .then().statusCode(201).extract().path("id");
        transition(featuring, unit, "submit").then().statusCode(200);
        transition(featuring, fatima, "claim").then().statusCode(200);
        decide(featuring, fatima, review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        transition(featuring, campaignManager(), "publish").then().statusCode(200);
        as(unit).body(Map.of("reason", "Wil niet meer online.")).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(200);

        return new Stories(setting, id, expiring, featuring, person);
    }

    /** Every event read after a position (the data of each with its type), and where the feed ends now. */
    record Feed(List<Map<String, Object>> events, String after) {

        List<Map<String, Object>> of(String storyId) {
            return events.stream().filter(e -> storyId.equals(e.get("storyId"))).toList();
        }

        List<String> typesOf(String storyId) {
            return of(storyId).stream().map(e -> (String) e.get("type")).toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Feed readToEnd(String after) {
        List<Map<String, Object>> events = new ArrayList<>();
        String position = after;
        while (true) {
            JsonPath page = as(campaignManager()).queryParam("after", position).queryParam("limit", 100).get("/api/v1/events")
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                Map<String, Object> data = new HashMap<>((Map<String, Object>) item.get("data"));
                data.put("type", item.get("type"));
                data.put("id", item.get("id"));
                events.add(data);
            }
            position = page.getString("after");
            if (page.getString("_links.next.href") == null) {
                return new Feed(events, position);
            }
        }
    }
}
