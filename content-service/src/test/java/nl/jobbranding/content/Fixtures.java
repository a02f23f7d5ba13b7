package nl.jobbranding.content;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.ServiceTestResource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Set-up through the real APIs for the tests: tokens for every role, a campaign with an active series in the real
 * campaign-service, and stories in any workflow state. Every test makes its own units, series and stories, so tests
 * share nothing and may run in any order.
 */
final class Fixtures {

    static final List<String> VALUES = List.of("careful", "just", "cost-conscious", "transparent");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    private Fixtures() {
    }

    /** A campaign in campaign-service with one active series of one unit on two channels. */
    record Setting(String campaignId, String seriesId, String unitCode, List<String> channels) {
    }

    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    // --- tokens ---

    static String editor(String unit) {
        return DevTokens.forTests().token("editor-" + unit.toLowerCase(), "Redactie " + unit, List.of("unit-editor"), unit,
                Duration.ofHours(1));
    }

    static String communityManager(String name) {
        return DevTokens.forTests().token("cm-" + name.toLowerCase(), name, List.of("community-manager"), null, Duration.ofHours(1));
    }

    static String campaignManager() {
        return DevTokens.forTests().token("campagneteam", "Campagneteam", List.of("campaign-manager"), null, Duration.ofHours(1));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    // --- campaign-service ---

    static RequestSpecification campaignService() {
        return as(campaignManager()).baseUri(ServiceTestResource.baseUrl(ContentTestResources.CAMPAIGN_SERVICE));
    }

    /** Creates two channels, a unit, an active campaign and an active series in the real campaign-service. */
    static Setting activeSeries(boolean sensitiveUnit) {
        return activeSeries(sensitiveUnit, List.of());
    }

    /** Like {@link #activeSeries(boolean)}, with values of the campaign's own beside the government-wide four. */
    static Setting activeSeries(boolean sensitiveUnit, List<Map<String, Object>> ownValues) {
        return activeSeries(sensitiveUnit, ownValues, List.of(unique("ch").toLowerCase(), unique("ch").toLowerCase()));
    }

    /** Like {@link #activeSeries(boolean, List)}, on channels with these codes (made in campaign-service here). */
    static Setting activeSeries(boolean sensitiveUnit, List<Map<String, Object>> ownValues, List<String> channels) {
        for (String channel : channels) {
            Map<String, Object> audience = new HashMap<>(Map.of("description", "Professionals.", "tone", "Zakelijk.",
                    "formats", List.of("text-post", "article"), "maxLength", 3000, "hashtagPolicy", "optional",
                    "maxHashtags", 3, "languageLevel", "B1"));
            campaignService().body(Map.of("code", channel, "name", "Kanaal " + channel, "audience", audience))
                    .post("/api/v1/channels").then().statusCode(201);
        }
        String unit = unique("U").toUpperCase();
        campaignService().body(Map.of("code", unit, "name", "Dienst " + unit, "description", "Een rijksonderdeel.",
                        "sensitive", sensitiveUnit, "contact", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl")))
                .post("/api/v1/units").then().statusCode(201);
        Map<String, Object> campaign = new HashMap<>(Map.of("name", unique("Campagne"), "tagline", "Zie wat wij doen",
                "startDate", "2026-01-01", "endDate", "2027-12-31", "channels", channels, "targetGroups", List.of()));
        if (!ownValues.isEmpty()) {
            campaign.put("values", ownValues);
        }
        String campaignId = campaignService().body(campaign).post("/api/v1/campaigns").then().statusCode(201)
                .extract().path("id");
        campaign.put("status", "active");
        campaignService().header("If-Match", "\"0\"").body(campaign).put("/api/v1/campaigns/" + campaignId)
                .then().statusCode(200);
        String seriesId = campaignService().body(Map.of("campaignId", campaignId, "unitCode", unit, "name", unique("Serie"),
                        "format", "text-post", "channels", channels, "targetGroups", List.of(), "storiesPerMonth", 2,
                        "status", "active"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        return new Setting(campaignId, seriesId, unit, channels);
    }

    // --- stories ---

    static Map<String, Object> content(Setting setting, String title, String body) {
        Map<String, Object> content = new HashMap<>();
        content.put("title", title);
        content.put("summary", "Een dag uit het werk.");
        content.put("body", body);
        content.put("bodyFormat", "markdown");
        content.put("language", "nl");
        content.put("channels", new ArrayList<>(setting.channels()));
        content.put("tags", List.of("werk"));
        content.put("media", List.of(Map.of("url", "https://media.example.nl/foto.jpg", "altText", "Een gang bij nacht.")));
        content.put("vacancyLinks", List.of("https://www.werkenvoornederland.nl/vacatures/1"));
        content.put("author", Map.of("name", "Sanne", "pseudonym", true, "role", "Inrichtingswerker"));
        content.put("featuredPeople", new ArrayList<>());
        content.put("contactPerson", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl"));
        return content;
    }

    static Map<String, Object> storyInput(Setting setting, Map<String, Object> content) {
        return new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unitCode(), "content", content));
    }

    static String createStory(Setting setting) {
        return as(editor(setting.unitCode()))
                .body(storyInput(setting, content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst.\nEerst de overdracht.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
    }

    static String etag(String storyId) {
        return as(campaignManager()).get("/api/v1/stories/" + storyId).then().statusCode(200).extract().header("ETag");
    }

    static Response transition(String storyId, String token, String action) {
        return transition(storyId, token, Map.of("action", action));
    }

    static Response transition(String storyId, String token, Map<String, Object> body) {
        return as(token).header("If-Match", etag(storyId)).body(body).post("/api/v1/stories/" + storyId + "/transitions");
    }

    /** A review of the current revision with the same verdict on every value and channel. */
    static Map<String, Object> review(Setting setting, int revision, String verdict, String decision, String reasons) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (String value : VALUES) {
            values.add(verdict(Map.of("value", value), verdict));
        }
        List<Map<String, Object>> channels = new ArrayList<>();
        for (String channel : setting.channels()) {
            channels.add(verdict(Map.of("channel", channel), verdict));
        }
        Map<String, Object> review = new HashMap<>(Map.of("revision", revision, "values", values, "channels", channels,
                "decision", decision));
        if (reasons != null) {
            review.put("reasons", reasons);
        }
        return review;
    }

    private static Map<String, Object> verdict(Map<String, Object> subject, String verdict) {
        Map<String, Object> v = new HashMap<>(subject);
        v.put("verdict", verdict);
        if (!verdict.equals("meets")) {
            v.put("explanation", "Toelichting bij " + verdict + ".");
        }
        return v;
    }

    static Response decide(String storyId, String token, Map<String, Object> review) {
        return as(token).header("If-Match", etag(storyId)).body(review).post("/api/v1/stories/" + storyId + "/reviews");
    }

    /** A story submitted by its unit's editor. */
    static String submittedStory(Setting setting) {
        String id = createStory(setting);
        transition(id, editor(setting.unitCode()), "submit").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /**
     * Waits until submissions reach campaign-service again (after it was stopped or frozen, its circuit breaker may be
     * open for a while), so later tests start clean.
     */
    static void awaitSubmissionsWork(Setting setting) {
        for (int attempt = 0; attempt < 60; attempt++) {
            String id = createStory(setting);
            if (transition(id, editor(setting.unitCode()), "submit").statusCode() == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("content-service did not reach campaign-service again");
    }

    /** A story approved by the given community managers, one approval each. */
    static String approvedStory(Setting setting, String... reviewers) {
        String id = submittedStory(setting);
        for (String reviewer : reviewers) {
            transition(id, communityManager(reviewer), "claim").then().statusCode(200);
            decide(id, communityManager(reviewer), review(setting, 1, "meets", "approve", null)).then().statusCode(201);
        }
        return id;
    }
}
