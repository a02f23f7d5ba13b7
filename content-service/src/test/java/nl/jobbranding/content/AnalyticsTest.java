package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Analytics through HTTP: every figure equals what the test counts itself from the stories it made, read back through
 * their audit trails and reviews (never through the same SQL).
 */
@QuarkusTest
class AnalyticsTest {

    @Inject
    TestClock clock;

    @Test
    void figuresEqualWhatTheTestCountsFromTheDataItMade() {
        Fixtures.Setting setting = activeSeries(false);
        String fatima = communityManager("Fatima");
        String joris = communityManager("Joris");
        String unit = editor(setting.unitCode());
        List<String> stories = new ArrayList<>();
        // Five stories, each waiting a different time for its decision: three approved (one published), one rejected
        // and appealed (overturned, then approved), one asked for changes.
        long[] waitMinutes = {10, 70, 200, 45, 600};
        String[] decisions = {"approve", "approve", "approve", "reject", "request-changes"};
        for (int i = 0; i < waitMinutes.length; i++) {
            String id = submittedStory(setting);
            stories.add(id);
            clock.advance(Duration.ofMinutes(waitMinutes[i]));
            transition(id, fatima, "claim").then().statusCode(200);
            decide(id, fatima, review(setting, 1, "meets", decisions[i], decisions[i].equals("approve") ? null : "Past niet."))
                    .then().statusCode(201);
        }
        transition(stories.get(0), campaignManager(), "publish").then().statusCode(200);
        String rejected = stories.get(3);
        String reviewId = as(unit).get("/api/v1/stories/" + rejected + "/reviews").then().extract().path("items[0].id");
        var appeal = as(unit).body(Map.of("reviewId", reviewId, "reasons", "Toestemming is er.")).post("/api/v1/stories/" + rejected + "/appeals");
        as(joris).header("If-Match", appeal.header("ETag")).body(Map.of("outcome", "overturned", "reasons", "Klopt."))
                .post("/api/v1/stories/" + rejected + "/appeals/" + appeal.path("id") + "/decision").then().statusCode(200);
        clock.advance(Duration.ofMinutes(30));
        transition(rejected, joris, "claim").then().statusCode(200);
        decide(rejected, joris, review(setting, 1, "meets", "approve", null)).then().statusCode(201);

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Object> period = Map.of("from", today.minusDays(60).toString(), "to", today.plusDays(1).toString(),
                "campaignId", setting.campaignId());

        // Stories per state per month, counted from each story's audit trail: entries that changed the state.
        Map<String, Set<String>> expectedFlow = new TreeMap<>();
        List<Double> leadSeconds = new ArrayList<>();
        for (String id : stories) {
            JsonPath trail = as(fatima).queryParam("limit", 100).get("/api/v1/stories/" + id + "/audit-trail").then().statusCode(200)
                    .extract().jsonPath();
            Instant submitted = null;
            for (Map<String, Object> entry : trail.<Map<String, Object>>getList("items")) {
                Instant at = Instant.parse((String) entry.get("at"));
                String to = (String) entry.get("toState");
                if (!to.equals(entry.get("fromState"))) {
                    String month = LocalDate.ofInstant(at, ZoneOffset.UTC).withDayOfMonth(1).toString();
                    expectedFlow.computeIfAbsent(month + " " + to, k -> new HashSet<>()).add(id);
                }
                if (to.equals("submitted") && Set.of("submit", "decide-appeal").contains(entry.get("action"))) {
                    submitted = at;
                }
                if (Set.of("approve", "reject", "request-changes").contains(entry.get("action"))) {
                    leadSeconds.add(seconds(submitted, at));
                }
            }
        }
        Map<String, Long> actualFlow = new TreeMap<>();
        for (Map<String, Object> row : allPages("/api/v1/analytics/story-flow", period, fatima)) {
            actualFlow.put(row.get("period") + " " + row.get("state"), ((Number) row.get("stories")).longValue());
            assertEquals(null, row.get("key"));
        }
        Map<String, Long> expectedCounts = new TreeMap<>();
        expectedFlow.forEach((key, ids) -> expectedCounts.put(key, (long) ids.size()));
        assertEquals(expectedCounts, actualFlow);

        Map<String, Object> perUnit = new HashMap<>(period);
        perUnit.put("groupBy", "unit");
        perUnit.put("state", "approved");
        long approved = expectedFlow.entrySet().stream().filter(e -> e.getKey().endsWith(" approved")).mapToLong(e -> e.getValue().size()).sum();
        assertEquals(approved, allPages("/api/v1/analytics/story-flow", perUnit, fatima).stream()
                .filter(r -> setting.unitCode().equals(r.get("key"))).mapToLong(r -> ((Number) r.get("stories")).longValue()).sum());

        // Lead times: median and 90th percentile as percentile_cont interpolates them, from the trails' own times.
        leadSeconds.sort(null);
        Map<String, Object> leadQuery = new HashMap<>(period);
        leadQuery.put("groupBy", "channel");
        List<Map<String, Object>> perChannel = allPages("/api/v1/analytics/review-lead-times", leadQuery, campaignManager());
        assertEquals(setting.channels().stream().sorted().toList(), perChannel.stream().map(r -> r.get("key")).toList());
        for (Map<String, Object> row : perChannel) {
            assertEquals(leadSeconds.size(), ((Number) row.get("decisions")).intValue());
            assertEquals(Math.round(percentile(leadSeconds, 0.5)), ((Number) row.get("medianSeconds")).longValue());
            assertEquals(Math.round(percentile(leadSeconds, 0.9)), ((Number) row.get("p90Seconds")).longValue());
        }

        as(fatima).queryParams(period).get("/api/v1/analytics/appeal-outcomes").then().statusCode(200)
                .body("total.appealed", equalTo(1)).body("total.overturned", equalTo(1))
                .body("perDecision.find { it.decision == 'reject' }.overturned", equalTo(1));

        // The summary: the same figures in one answer, stories counted once per state over the whole period.
        Map<String, Set<String>> enteredPerState = new TreeMap<>();
        expectedFlow.forEach((key, ids) -> enteredPerState.computeIfAbsent(key.substring(key.indexOf(' ') + 1), k -> new HashSet<>())
                .addAll(ids));
        JsonPath summary = as(campaignManager()).queryParams(period).get("/api/v1/analytics/summary").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Long> entered = new TreeMap<>();
        for (Map<String, Object> row : summary.<Map<String, Object>>getList("storiesEntered")) {
            entered.put((String) row.get("state"), ((Number) row.get("stories")).longValue());
        }
        Map<String, Long> expectedEntered = new TreeMap<>();
        enteredPerState.forEach((state, ids) -> expectedEntered.put(state, (long) ids.size()));
        assertEquals(expectedEntered, entered);
        assertEquals(period.get("from"), summary.getString("from"));
        assertEquals(period.get("to"), summary.getString("to"));
        assertEquals(leadSeconds.size(), summary.getInt("reviewDecisions"));
        assertEquals(Math.round(percentile(leadSeconds, 0.5)), summary.getLong("leadTimeMedianSeconds"));
        assertEquals(Math.round(percentile(leadSeconds, 0.9)), summary.getLong("leadTimeP90Seconds"));
        assertEquals(1, summary.getInt("appeals.total.appealed"));
        assertEquals(1, summary.getInt("appeals.total.overturned"));
        // A period without decisions has no lead time.
        JsonPath empty = as(fatima).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .queryParam("campaignId", setting.campaignId()).get("/api/v1/analytics/summary").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), empty.getList("storiesEntered"));
        assertEquals(0, empty.getInt("reviewDecisions"));
        assertEquals(null, empty.getString("leadTimeMedianSeconds"));
        assertEquals(0, empty.getInt("appeals.total.appealed"));
    }

    @Test
    void takedownTimesEqualWhatTheTestMeasuresFromTheConfirmedTasks() {
        Fixtures.Setting setting = activeSeries(false);
        String fatima = communityManager("Fatima");
        // Three published stories, posted on both channels, withdrawn; their posts confirmed down after different waits.
        long[] waitMinutes = {15, 50, 240};
        List<String> stories = new ArrayList<>();
        for (long wait : waitMinutes) {
            String id = Fixtures.approvedStory(setting, "Fatima");
            transition(id, campaignManager(), "publish").then().statusCode(200);
            for (String channel : setting.channels()) {
                as(fatima).body(Map.of("channel", channel, "url", "https://www.example.nl/posts/" + id + "/" + channel))
                        .post("/api/v1/stories/" + id + "/posts").then().statusCode(201);
            }
            transition(id, campaignManager(), Map.of("action", "withdraw", "reason", "Uit de lucht.")).then().statusCode(200);
            stories.add(id);
            clock.advance(Duration.ofMinutes(wait));
            List<Map<String, Object>> tasks = as(fatima).queryParam("limit", 100).get("/api/v1/takedown-tasks").then().statusCode(200)
                    .extract().jsonPath().<Map<String, Object>>getList("items").stream().filter(t -> t.get("storyId").equals(id)).toList();
            assertEquals(2, tasks.size(), tasks.toString());
            for (Map<String, Object> task : tasks) {
                String url = "/api/v1/takedown-tasks/" + task.get("id");
                as(fatima).header("If-Match", as(fatima).get(url).header("ETag"))
                        .body(Map.of("takenDownAt", clock.instant().minusSeconds(30).toString()))
                        .post(url + "/confirmation").then().statusCode(200);
                clock.advance(Duration.ofMinutes(1));
            }
        }
        // One more withdrawn story whose task stays open: it has no takedown time yet.
        String open = Fixtures.approvedStory(setting, "Fatima");
        transition(open, campaignManager(), "publish").then().statusCode(200);
        as(fatima).body(Map.of("channel", setting.channels().get(0), "url", "https://www.example.nl/posts/" + open))
                .post("/api/v1/stories/" + open + "/posts").then().statusCode(201);
        transition(open, campaignManager(), Map.of("action", "withdraw", "reason", "Uit de lucht.")).then().statusCode(200);

        // The times, per channel, from the confirmed tasks as the task list shows them (opened and confirmed).
        Map<String, List<Double>> expected = new TreeMap<>();
        JsonPath done = as(fatima).queryParam("status", "done").queryParam("limit", 100).get("/api/v1/takedown-tasks").then()
                .statusCode(200).extract().jsonPath();
        for (Map<String, Object> task : done.<Map<String, Object>>getList("items")) {
            if (stories.contains(task.get("storyId"))) {
                expected.computeIfAbsent((String) task.get("channel"), k -> new ArrayList<>()).add(seconds(
                        Instant.parse((String) task.get("openedAt")), Instant.parse((String) task.get("confirmedAt"))));
            }
        }
        assertEquals(setting.channels().stream().sorted().toList(), List.copyOf(expected.keySet()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Object> period = Map.of("from", today.minusDays(60).toString(), "to", today.plusDays(1).toString(),
                "campaignId", setting.campaignId());
        List<Map<String, Object>> rows = allPages("/api/v1/analytics/takedown-times", period, campaignManager());
        assertEquals(List.copyOf(expected.keySet()), rows.stream().map(r -> r.get("channel")).toList());
        for (Map<String, Object> row : rows) {
            List<Double> seconds = expected.get((String) row.get("channel"));
            seconds.sort(null);
            assertEquals(seconds.size(), ((Number) row.get("takedowns")).intValue());
            assertEquals(Math.round(percentile(seconds, 0.5)), ((Number) row.get("medianSeconds")).longValue(), row.toString());
            assertEquals(Math.round(percentile(seconds, 0.9)), ((Number) row.get("p90Seconds")).longValue(), row.toString());
        }
        as(editor(setting.unitCode())).get("/api/v1/analytics/takedown-times").then().statusCode(403);
    }

    @Test
    void everyAnalyticsOperationKnowsItsSharedParametersAndRefusesOthers() {
        JsonPath document = io.restassured.RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("story-flow", "review-lead-times", "takedown-times", "appeal-outcomes", "summary")) {
            String url = "/api/v1/analytics/" + path;
            // The API document lists the shared parameters for each operation.
            List<String> documented = document.getList("paths.'/analytics/" + path + "'.get.parameters.name");
            assertTrue(documented.containsAll(List.of("from", "to", "campaignId")), path + ": " + documented);
            // The shared period and campaign are the operation's own parameters, checked like them ...
            as(campaignManager()).queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                    .queryParam("campaignId", java.util.UUID.randomUUID().toString()).get(url).then().statusCode(200);
            as(campaignManager()).queryParam("campaignId", "geen-id").get(url).then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("campaignId"));
            as(campaignManager()).queryParam("from", "1 januari").get(url).then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("from"));
            // ... and a misspelt one is refused, naming the ones the operation knows, the shared ones included.
            as(campaignManager()).queryParam("campaignid", java.util.UUID.randomUUID().toString()).get(url).then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("campaignid"))
                    .body("invalidParams[0].reason", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("campaignId"),
                            org.hamcrest.Matchers.containsString("from"), org.hamcrest.Matchers.containsString("to")));
        }
        as(campaignManager()).queryParam("period", "jaar").get("/api/v1/analytics/story-flow").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("period")).body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("week, month"));
        as(campaignManager()).queryParam("groupBy", "series").get("/api/v1/analytics/review-lead-times").then().statusCode(400)
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("unit, channel, all"));
    }

    @Test
    void campaignFiguresAreTheRecentStoriesAndTheSummaryInOneRead() {
        Fixtures.Setting setting = activeSeries(false);
        for (int i = 0; i < 3; i++) {
            String id = Fixtures.approvedStory(setting, "Fatima");
            clock.advance(Duration.ofMinutes(5));
            transition(id, campaignManager(), "publish").then().statusCode(200);
        }
        Fixtures.approvedStory(setting, "Fatima");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, Object> query = Map.of("campaignId", setting.campaignId(), "from", today.minusDays(29).toString(),
                "to", today.plusDays(1).toString());

        JsonPath figures = as(campaignManager()).queryParams(query).queryParam("recent", 2).get("/api/v1/campaign-figures")
                .then().statusCode(200).extract().jsonPath();
        List<Object> newest = as(campaignManager()).queryParam("campaignId", setting.campaignId()).queryParam("limit", 2)
                .get("/api/v1/published-stories").then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, newest.size());
        assertEquals(newest, figures.getList("recentlyPublished"), "the two most recently published, newest first");
        Map<String, Object> summary = as(campaignManager()).queryParams(query).get("/api/v1/analytics/summary").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(summary, figures.getMap("summary"));
        assertEquals(4L, figures.<Map<String, Object>>getList("summary.storiesEntered").stream()
                .filter(row -> "approved".equals(row.get("state"))).mapToLong(row -> ((Number) row.get("stories")).longValue()).sum());

        // The story counts of the campaign's series come along: the same as /story-counts answers for its series, with
        // each series' stories published per month when publishedFrom is given (the overview then needs no third call).
        String month = java.time.YearMonth.from(today).minusMonths(2).toString();
        JsonPath withCadence = as(campaignManager()).queryParams(query).queryParam("publishedFrom", month)
                .get("/api/v1/campaign-figures").then().statusCode(200).extract().jsonPath();
        Map<String, Object> counts = as(campaignManager()).queryParam("seriesId", setting.seriesId()).queryParam("publishedFrom", month)
                .get("/api/v1/story-counts").then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(counts, withCadence.getMap("storyCounts"));
        assertEquals(3, withCadence.<Integer>getList("storyCounts.publishedPerMonth.published").stream().mapToInt(Integer::intValue).sum(),
                "the three stories published this month");
        assertEquals(2L, withCadence.<Map<String, Object>>getList("storyCounts.counts").stream()
                .filter(row -> setting.seriesId().equals(row.get("seriesId"))).count(), "published and approved");
        assertTrue(figures.get("storyCounts.publishedPerMonth") == null, "no months without publishedFrom");
        assertEquals(withCadence.getList("storyCounts.counts"), figures.getList("storyCounts.counts"));
        as(campaignManager()).queryParams(query).queryParam("publishedFrom", "2020-01").get("/api/v1/campaign-figures").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("publishedFrom"));
        as(campaignManager()).queryParams(query).queryParam("publishedFrom", "mei").get("/api/v1/campaign-figures").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("publishedFrom"));

        // A unit editor gets the stories (five by default) and the own unit's counts, not the figures, which cover every unit.
        as(editor(setting.unitCode())).queryParams(query).get("/api/v1/campaign-figures").then().statusCode(200)
                .body("recentlyPublished.size()", equalTo(3)).body("summary", org.hamcrest.Matchers.nullValue())
                .body("storyCounts.counts.size()", equalTo(2));
        as(editor("ANDERS")).queryParams(query).get("/api/v1/campaign-figures").then().statusCode(200)
                .body("storyCounts.counts.size()", equalTo(0));
        // Bounded, checked, and not without a token.
        as(campaignManager()).queryParams(query).queryParam("recent", 21).get("/api/v1/campaign-figures").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("recent"));
        as(campaignManager()).queryParams(query).queryParam("recent", "vijf").get("/api/v1/campaign-figures").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("recent"));
        as(campaignManager()).get("/api/v1/campaign-figures").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("campaignId"));
        io.restassured.RestAssured.given().queryParams(query).get("/api/v1/campaign-figures").then().statusCode(401);
    }

    @Test
    void periodsAreBoundedAndOnlyManagersReadAnalytics() {
        as(campaignManager()).queryParam("from", "2023-01-01").queryParam("to", "2026-01-01").get("/api/v1/analytics/story-flow")
                .then().statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("from"));
        as(campaignManager()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/analytics/review-lead-times")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        as(campaignManager()).queryParam("groupBy", "kleur").get("/api/v1/analytics/story-flow").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("groupBy"));
        as(campaignManager()).queryParam("cursor", "bogus").get("/api/v1/analytics/story-flow").then().statusCode(400);
        as(editor("DJI")).get("/api/v1/analytics/story-flow").then().statusCode(403);
        as(editor("DJI")).get("/api/v1/analytics/summary").then().statusCode(403);
    }

    /** Every row of a paged analytics table, following its next links with pages of two. */
    private static List<Map<String, Object>> allPages(String path, Map<String, Object> query, String token) {
        List<Map<String, Object>> rows = new ArrayList<>();
        JsonPath page = as(token).queryParams(query).queryParam("limit", 2).get(path).then().statusCode(200).extract().jsonPath();
        while (true) {
            rows.addAll(page.getList("items"));
            String next = page.getString("_links.next.href");
            if (next == null) {
                return rows;
            }
            page = as(token).get(next).then().statusCode(200).extract().jsonPath();
        }
    }

    /** The time between two instants in seconds, to the microsecond (as PostgreSQL keeps timestamps). */
    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1_000_000_000.0;
    }

    /** The percentile as PostgreSQL's percentile_cont computes it: linear interpolation between the two nearest values. */
    private static double percentile(List<Double> sorted, double fraction) {
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }
}
