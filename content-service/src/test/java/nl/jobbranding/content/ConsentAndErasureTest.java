package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.etag;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consent changes and erasure (issue 15, item 5): narrowing a consent withdraws exactly the stories out on a dropped
 * channel; erasing a person removes their personal data from every table and every answer, withdrawing their stories
 * first, while the audit trail records the erasure by id and stays append-only for everything else.
 */
@QuarkusTest
class ConsentAndErasureTest {

    @Inject
    TestClock clock;

    @Test
    void narrowingAConsentWithdrawsTheStoriesOutOnADroppedChannelAndExtendingKeepsThem() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String kept = setting.channels().get(0);
        String dropped = setting.channels().get(1);
        String person = person(setting, "Priya Ramdin", "Voornaam en foto.");
        String onKept = published(setting, person, List.of(kept), "Alleen op het eerste kanaal", "Een verhaal.");
        String onBoth = published(setting, person, setting.channels(), "Op beide kanalen", "Een verhaal.");
        String scheduledOnDropped = approved(setting, person, List.of(dropped), "Gepland", "Een verhaal.");
        transition(scheduledOnDropped, campaignManager(), Map.of("action", "schedule",
                "publishAt", clock.instant().plus(Duration.ofDays(1)).toString())).then().statusCode(200);

        LocalDate later = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(3);
        Map<String, Object> change = Map.of("consentScope", "Voornaam, alleen op het eerste kanaal.", "channels", List.of(kept),
                "validUntil", later.toString());
        String url = "/api/v1/featured-people/" + person;
        as(editor).body(change).post(url + "/consent-change").then().statusCode(428);
        as(communityManager("Fatima")).header("If-Match", personEtag(person)).body(change).post(url + "/consent-change")
                .then().statusCode(403);
        as(editor).header("If-Match", personEtag(person)).body(change).post(url + "/consent-change").then().statusCode(200)
                .body("person.channels", equalTo(List.of(kept))).body("person.validUntil", equalTo(later.toString()))
                .body("withdrawnStories", containsInAnyOrder(onBoth, scheduledOnDropped));
        as(campaignManager()).get("/api/v1/stories/" + onKept).then().body("state", equalTo("published"));
        for (String id : List.of(onBoth, scheduledOnDropped)) {
            as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("withdrawn"));
        }

        as(editor).body(Map.of("reason", "Wil niet meer.")).post(url + "/consent-withdrawal").then().statusCode(200);
        as(editor).header("If-Match", personEtag(person)).body(change).post(url + "/consent-change").then().statusCode(409);
    }

    @Test
    void anErasedPersonIsAbsentFromEveryTableAndEveryAnswer() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String fatima = communityManager("Fatima");
        String scope = "Toestemming-Zq" + System.nanoTime();
        String person = person(setting, "Zefanja Wolterbeek", scope);

        // In review: a comment, a request for changes and an appeal that name her, a miss that quotes her, a second revision.
        String inReview = story(setting, person, setting.channels(), "Een dag met Zefanja", "Zefanja Wolterbeek vertelt over haar werk.");
        transition(inReview, editor, "submit").then().statusCode(200);
        transition(inReview, fatima, "claim").then().statusCode(200);
        as(fatima).body(Map.of("text", "Mooi verhaal van Zefanja.")).post("/api/v1/stories/" + inReview + "/revisions/1/comments")
                .then().statusCode(201);
        as(communityManager("Joris")).body(Map.of("field", "body", "start", 0, "end", 18, "value", "careful",
                        "note", "Zefanja Wolterbeek wordt voluit genoemd."))
                .post("/api/v1/stories/" + inReview + "/screening/misses").then().statusCode(201);
        Map<String, Object> changes = review(setting, 1, "concern", "request-changes", "Noem Wolterbeek niet voluit.");
        String reviewId = decide(inReview, fatima, changes).then().statusCode(201).extract().path("id");
        as(editor).body(Map.of("reviewId", reviewId, "reasons", "Zefanja wil dat juist wel."))
                .post("/api/v1/stories/" + inReview + "/appeals").then().statusCode(201);
        as(editor).header("If-Match", etag(inReview)).body(Fixtures.storyInput(setting, content(setting, person, setting.channels(),
                "Een dag met Zefanja", "Zefanja vertelt over haar werk."))).put("/api/v1/stories/" + inReview).then().statusCode(200);

        // Out: published and posted; and one a campaign manager withdrew with a reason that names her.
        String out = published(setting, person, setting.channels(), "Zefanja op de brug", "Een nacht met Zefanja.");
        as(fatima).body(Map.of("channel", setting.channels().get(0), "url", "https://www.example.nl/posts/1"))
                .post("/api/v1/stories/" + out + "/posts").then().statusCode(201);
        String withdrawn = approved(setting, person, setting.channels(), "Over Wolterbeek", "Tekst.");
        transition(withdrawn, campaignManager(), Map.of("action", "withdraw", "reason", "Zefanja Wolterbeek wil dit niet."))
                .then().statusCode(200);
        List<String> stories = List.of(inReview, out, withdrawn);
        assertTrue(answers(stories, person).contains("zefanja"), "the answers name her before the erasure");

        String url = "/api/v1/featured-people/" + person;
        as(fatima).post(url + "/erasure").then().statusCode(403);
        as(editor("OTHER")).post(url + "/erasure").then().statusCode(403);
        as(editor).post(url + "/erasure").then().statusCode(200)
                .body("withdrawnStories", equalTo(List.of(out)))
                .body("editedStories", containsInAnyOrder(inReview, out, withdrawn));

        as(editor).get(url).then().statusCode(404);
        as(campaignManager()).get("/api/v1/stories/" + out).then().body("state", equalTo("withdrawn"));
        as(campaignManager()).get("/api/v1/stories/" + inReview + "/audit-trail").then().body("items.action", hasItem("erase-person"));
        as(campaignManager()).get("/api/v1/takedown-tasks?limit=100").then().body("items.storyId", hasItem(out));
        String answers = answers(stories, person);
        for (String word : List.of("zefanja", "wolterbeek", scope.toLowerCase(Locale.ROOT))) {
            assertFalse(answers.contains(word), word + " in an answer: " + answers);
        }
        assertTrue(answers.contains("[verwijderd]"), answers);

        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null, "every table read on the test run's own PostgreSQL");
        try (Connection owner = DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            Map<String, Integer> found = new HashMap<>();
            for (String table : tables(owner)) {
                for (String word : List.of("Zefanja", "Wolterbeek", scope)) {
                    count(owner, table, word, found);
                }
                count(owner, table, person, found);
            }
            assertEquals(Map.of("audit_event/" + person, found.get("audit_event/" + person)), found,
                    "only the audit trail names her, by id: " + found);
            assertTrue(found.get("audit_event/" + person) >= 3, "an erasure entry per story: " + found);
        }
    }

    @Test
    void afterAnErasureTheScreeningsFindingsAndTheReportedMissesStillPointAtTheirWords() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String person = person(setting, "Zefanja Wolterbeek", "Voornaam en foto.");
        String body = "Zefanja Wolterbeek vertelt over haar werk in de nacht. Bel Zefanja op 06-12345678.";
        String id = story(setting, person, setting.channels(), "Een nacht", body);
        transition(id, editor, "submit").then().statusCode(200);
        String place = "over haar werk";
        int start = body.indexOf(place);
        String missId = as(communityManager("Joris")).body(Map.of("field", "body", "start", start, "end", start + place.length(),
                        "value", "transparent", "note", "Wat doet ze precies?"))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> before = as(campaignManager()).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .extract().path("findings.findAll { it.field == 'body' }");
        assertTrue(before.stream().anyMatch(f -> String.valueOf(f.get("excerpt")).contains("12345678")), "a finding after the name: " + before);

        as(editor).post("/api/v1/featured-people/" + person + "/erasure").then().statusCode(200);

        String erased = as(campaignManager()).get("/api/v1/stories/" + id + "/revisions/1").then().statusCode(200)
                .extract().path("content.body");
        assertEquals("[verwijderd] vertelt over haar werk in de nacht. Bel [verwijderd] op 06-12345678.", erased);
        List<Map<String, Object>> after = as(campaignManager()).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .extract().path("findings.findAll { it.field == 'body' }");
        assertEquals(before.size(), after.size(), after.toString());
        for (Map<String, Object> finding : after) {
            String words = erased.substring((Integer) finding.get("start"), (Integer) finding.get("end"));
            assertEquals(finding.get("excerpt"), words.length() > 200 ? words.substring(0, 200) : words, finding.toString());
        }
        assertTrue(after.stream().anyMatch(f -> String.valueOf(f.get("excerpt")).contains("12345678")), after.toString());
        Response miss = as(communityManager("Joris")).get("/api/v1/stories/" + id + "/screening/misses/" + missId);
        miss.then().statusCode(200).body("excerpt", equalTo(place));
        assertEquals(place, erased.substring(miss.path("start"), miss.path("end")));
    }

    @Test
    void theAuditTrailAllowsTheErasureOfANameInAReasonAndNothingElse() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null, "the test run's own PostgreSQL");
        Fixtures.createStory(activeSeries(false));
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        try (Connection service = DriverManager.getConnection(jdbcUrl(), user, password)) {
            execute(service, "select set_config('content.erasure', 'on', false)");
            SQLException refused = assertThrows(SQLException.class, () -> execute(service, "update audit_event set reason = 'x'"));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        }
        try (Connection owner = DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            owner.setAutoCommit(false);
            execute(owner, "select set_config('content.erasure', 'on', true)");
            for (String change : new String[] {
                    // a real change of every row, whatever the entries hold (setting what is there already changes nothing)
                    "update audit_event set action = case when action = 'CREATE' then 'SUBMIT' else 'CREATE' end",
                    "update audit_event set actor_name = actor_name || 'x'",
                    "delete from audit_event"}) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(owner, change), change);
                assertTrue(refused.getMessage().contains("append-only"), change + ": " + refused.getMessage());
                owner.rollback();
                execute(owner, "select set_config('content.erasure', 'on', true)");
            }
            owner.rollback();
        }
    }

    private static String answers(List<String> stories, String person) {
        StringBuilder all = new StringBuilder();
        String manager = campaignManager();
        for (String id : stories) {
            String story = "/api/v1/stories/" + id;
            for (String path : List.of(story, story + "/revisions?limit=100", story + "/revisions/1", story + "/comments",
                    story + "/reviews", story + "/audit-trail?limit=100", story + "/appeals", story + "/screening",
                    story + "/revisions/1/screening", story + "/posts")) {
                all.append(as(manager).get(path).asString());
            }
            all.append(given().get("/api/v1/published-stories/" + id).asString());
        }
        all.append(as(manager).get("/api/v1/featured-people/" + person).asString());
        all.append(as(manager).get("/api/v1/featured-people?limit=100").asString());
        all.append(as(communityManager("Fatima")).get("/api/v1/screening-feedback").asString());
        all.append(as(communityManager("Fatima")).get("/api/v1/moderation-queue?limit=100").asString());
        all.append(given().get("/api/v1/published-stories?limit=100").asString());
        all.append(given().get("/api/v1/transparency-log?limit=100").asString());
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables where table_schema = 'public' "
                     + "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static void count(Connection connection, String table, String word, Map<String, Integer> found) throws SQLException {
        try (var statement = connection.prepareStatement("select count(*) from " + table + " t where t::text ilike ?")) {
            statement.setString(1, "%" + word + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    found.put(table + "/" + word, rows.getInt(1));
                }
            }
        }
    }

    private static String jdbcUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String personEtag(String person) {
        return as(campaignManager()).get("/api/v1/featured-people/" + person).then().statusCode(200).extract().header("ETag");
    }

    private String person(Fixtures.Setting setting, String name, String scope) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return as(editor(setting.unitCode())).body(Map.of("unitCode", setting.unitCode(), "name", name, "consentScope", scope,
                        "channels", setting.channels(), "givenOn", today.minusDays(1).toString(),
                        "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> content(Fixtures.Setting setting, String person, List<String> channels, String title,
                                               String body) {
        Map<String, Object> content = Fixtures.content(setting, title, body);
        content.put("channels", channels);
        content.put("featuredPeople", List.of(person));
        return content;
    }

    private static String story(Fixtures.Setting setting, String person, List<String> channels, String title, String body) {
        return as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content(setting, person, channels, title, body)))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
    }

    private static String approved(Fixtures.Setting setting, String person, List<String> channels, String title, String body) {
        String id = story(setting, person, channels, title, body);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        transition(id, communityManager("Joris"), "claim").then().statusCode(200);
        Map<String, Object> review = review(setting, 1, "meets", "approve", null);
        review.put("channels", ((List<?>) review.get("channels")).stream()
                .filter(c -> channels.contains(((Map<?, ?>) c).get("channel"))).toList());
        Response decided = decide(id, communityManager("Joris"), review);
        decided.then().statusCode(201);
        return id;
    }

    private static String published(Fixtures.Setting setting, String person, List<String> channels, String title, String body) {
        String id = approved(setting, person, channels, title, body);
        transition(id, campaignManager(), "publish").then().statusCode(200);
        return id;
    }
}
