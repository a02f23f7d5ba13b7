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
        List<Long> leadSeconds = new ArrayList<>();
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
                    leadSeconds.add(Duration.between(submitted, at).toSeconds());
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

    /** The percentile as PostgreSQL's percentile_cont computes it: linear interpolation between the two nearest values. */
    private static double percentile(List<Long> sorted, double fraction) {
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }
}
