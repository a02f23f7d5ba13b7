package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole story of a campaign, through the gateway only: a campaign manager sets up campaign, channels, unit and
 * series; a unit editor writes, screens and submits a story; a community manager reviews it from the moderation
 * overview; it is published and appears in the public feed and the campaign overview. Then the degraded answers when
 * a service is down or hangs.
 */
@QuarkusTest
class CampaignStoryEndToEndTest {

    @Test
    void aStoryGoesFromCampaignSetUpToThePublicFeed() {
        Campaign setting = campaign();
        String unit = setting.unit();

        // A unit editor checks a draft, writes the story and submits it.
        Map<String, Object> content = content(setting, "Mijn eerste nachtdienst", "Om tien uur begint mijn dienst. Ik loop een ronde "
                + "over de afdeling en praat met collega's.\nDaarna schrijf ik het verslag.");
        as(editor(unit)).body(Map.of("unitCode", unit, "seriesId", setting.seriesId(), "content", content)).post("/api/v1/screenings")
                .then().statusCode(200).body("open.block", equalTo(0));
        Map<String, Object> story = new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", unit, "content", content));
        story.put("state", "published");
        story.put("createdBy", "someone-else");
        // Fields the input does not have are refused, named, never silently ignored (nor taken).
        as(editor(unit)).body(story).post("/api/v1/stories").then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.oneOf("state", "createdBy"));
        story.remove("state");
        story.remove("createdBy");
        Response created = as(editor(unit)).body(story).post("/api/v1/stories");
        created.then().statusCode(201).body("state", equalTo("draft"));
        String id = created.path("id");
        as(editor(unit)).header("If-Match", created.header("ETag")).body(Map.of("action", "submit"))
                .post("/api/v1/stories/" + id + "/transitions").then().statusCode(200).body("state", equalTo("submitted"));

        // A community manager sees it in the moderation overview with all a reviewer needs, and approves it.
        String reviewer = communityManager("Fatima");
        as(reviewer).get("/api/v1/moderation-overview?unitCode=" + unit).then().statusCode(200)
                .body("missing.size()", equalTo(0))
                .body("items[0].story.storyId", equalTo(id))
                .body("items[0].series.name", equalTo(setting.seriesName()))
                .body("items[0].unit.sensitive", equalTo(false))
                .body("items[0].channels.code", hasItem(setting.channels().get(0)))
                .body("items[0].channels[0].audience.maxLength", equalTo(3000));
        transition(reviewer, id, "claim");
        as(reviewer).get("/api/v1/stories/" + id + "/screening").then().statusCode(200).body("revision", equalTo(1));
        as(reviewer).header("If-Match", etag(id)).body(review(setting, "approve")).post("/api/v1/stories/" + id + "/reviews")
                .then().statusCode(201);

        // The campaign manager publishes it; anyone finds it in the public feed, with names.
        transition(campaignManager(), id, "publish");
        Response feed = RestAssured.given().get("/api/v1/public-feed?channel=" + setting.channels().get(0));
        feed.then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .header("ETag", notNullValue())
                .body("missing.size()", equalTo(0));
        Map<String, Object> item = feed.jsonPath().getMap("items.find { it.story.id == '" + id + "' }");
        assertEquals(setting.seriesName(), ((Map<?, ?>) item.get("series")).get("name"));
        assertEquals(setting.campaignName(), ((Map<?, ?>) item.get("campaign")).get("name"));
        assertEquals("Dienst " + unit, ((Map<?, ?>) item.get("unit")).get("name"));
        RestAssured.given().header("If-None-Match", feed.header("ETag")).get("/api/v1/public-feed?channel=" + setting.channels().get(0))
                .then().statusCode(304);
        RestAssured.given().get("/api/v1/public-feed?targetGroup=" + setting.targetGroup()).then().statusCode(200)
                .body("items.story.id", hasItem(id));
        RestAssured.given().get("/api/v1/public-feed?targetGroup=nobody-" + UUID.randomUUID()).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // The campaign overview shows it all in one call.
        as(campaignManager()).get("/api/v1/campaign-overviews/" + setting.campaignId()).then().statusCode(200)
                .body("missing.size()", equalTo(0))
                .body("campaign.name", equalTo(setting.campaignName()))
                .body("series[0].series.name", equalTo(setting.seriesName()))
                .body("series[0].unit.code", equalTo(unit))
                .body("series[0].storyCounts.published", equalTo(1))
                .body("capacity.channels", notNullValue())
                .body("recentlyPublished.id", hasItem(id));
    }

    @Test
    void unitEditorsSeeAndChangeOnlyTheirOwnUnitsStories() {
        Campaign setting = campaign();
        Map<String, Object> story = Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(),
                "content", content(setting, "Een dag", "Een gewone dag.\nNiets bijzonders."));
        String id = as(editor(setting.unit())).body(story).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        String other = editor("ANDER" + UUID.randomUUID().toString().substring(0, 4).toUpperCase());
        as(other).get("/api/v1/stories/" + id).then().statusCode(403).contentType("application/problem+json");
        as(other).header("If-Match", etag(id)).body(story).put("/api/v1/stories/" + id).then().statusCode(403);
        as(other).body(story).post("/api/v1/stories").then().statusCode(403);
        as(other).header("If-Match", etag(id)).body(Map.of("action", "submit")).post("/api/v1/stories/" + id + "/transitions")
                .then().statusCode(403);
        as(other).get("/api/v1/stories?unitCode=" + setting.unit()).then().statusCode(403);
        as(editor(setting.unit())).get("/api/v1/stories/" + id).then().statusCode(200);
    }

    @Test
    void aComposedViewAnswersWithinItsBudgetWhenAServiceIsDownOrHangs() {
        Campaign setting = campaign();
        ServiceTestResource.stop(GatewayTestResources.CONTENT_SERVICE);
        try {
            Instant start = Instant.now();
            as(campaignManager()).get("/api/v1/campaign-overviews/" + setting.campaignId()).then().statusCode(200)
                    .body("missing", equalTo(List.of("content-service")))
                    .body("campaign.name", equalTo(setting.campaignName()))
                    .body("series[0].storyCounts", nullValue())
                    .body("recentlyPublished.size()", equalTo(0));
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 4, "within the budget");
        } finally {
            ServiceTestResource.restart(GatewayTestResources.CONTENT_SERVICE);
            Recovery.awaitAllWell();
        }

        ServiceTestResource.freeze(GatewayTestResources.CONTENT_SERVICE);
        try {
            Instant start = Instant.now();
            as(campaignManager()).get("/api/v1/campaign-overviews/" + setting.campaignId()).then().statusCode(200)
                    .body("missing", equalTo(List.of("content-service")))
                    .body("campaign.name", equalTo(setting.campaignName()));
            assertTrue(Duration.between(start, Instant.now()).toMillis() < 4_500, "a hanging service costs the budget, no more");
            Instant forwarded = Instant.now();
            as(campaignManager()).get("/api/v1/stories").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            assertTrue(Duration.between(forwarded, Instant.now()).toSeconds() < 12, "a forwarded call times out too");
        } finally {
            ServiceTestResource.thaw(GatewayTestResources.CONTENT_SERVICE);
            Recovery.awaitAllWell();
        }
    }

    // --- set-up through the gateway ---

    record Campaign(String campaignId, String campaignName, String seriesId, String seriesName, String unit, List<String> channels,
                    String targetGroup) {
    }

    static Campaign campaign() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> channels = List.of("web-" + run, "blog-" + run);
        for (String channel : channels) {
            as(campaignManager()).body(Map.of("code", channel, "name", "Kanaal " + channel, "audience", Map.of(
                            "description", "Professionals.", "tone", "Zakelijk.", "formats", List.of("text-post", "article"),
                            "maxLength", 3000, "hashtagPolicy", "optional", "maxHashtags", 3, "languageLevel", "B1")))
                    .post("/api/v1/channels").then().statusCode(201);
        }
        String targetGroup = "zij-instromers-" + run;
        as(campaignManager()).body(Map.of("code", targetGroup, "name", "Zij-instromers " + run)).post("/api/v1/target-groups")
                .then().statusCode(201);
        String unit = ("U" + run).toUpperCase();
        as(campaignManager()).body(Map.of("code", unit, "name", "Dienst " + unit, "sensitive", false,
                "contact", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl"))).post("/api/v1/units").then().statusCode(201);
        String campaignName = "Werken voor Nederland " + run;
        Map<String, Object> campaign = new HashMap<>(Map.of("name", campaignName, "startDate", "2026-01-01", "endDate", "2027-12-31",
                "channels", channels, "targetGroups", List.of(targetGroup)));
        Response created = as(campaignManager()).body(campaign).post("/api/v1/campaigns");
        created.then().statusCode(201);
        String campaignId = created.path("id");
        campaign.put("status", "active");
        as(campaignManager()).header("If-Match", created.header("ETag")).body(campaign).put("/api/v1/campaigns/" + campaignId)
                .then().statusCode(200);
        String seriesName = "De scherpe blik " + run;
        String seriesId = as(campaignManager()).body(Map.of("campaignId", campaignId, "unitCode", unit, "name", seriesName,
                        "format", "text-post", "channels", channels, "targetGroups", List.of(targetGroup), "storiesPerMonth", 2,
                        "status", "active"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        return new Campaign(campaignId, campaignName, seriesId, seriesName, unit, channels, targetGroup);
    }

    static Map<String, Object> content(Campaign setting, String title, String body) {
        Map<String, Object> content = new HashMap<>();
        content.put("title", title);
        content.put("body", body);
        content.put("bodyFormat", "plain");
        content.put("language", "nl");
        content.put("channels", setting.channels());
        content.put("author", Map.of("name", "Sanne", "pseudonym", true, "role", "Inrichtingswerker"));
        return content;
    }

    static Map<String, Object> review(Campaign setting, String decision) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (String value : List.of("careful", "just", "cost-conscious", "transparent")) {
            values.add(Map.of("value", value, "verdict", "meets"));
        }
        List<Map<String, Object>> channels = new ArrayList<>();
        setting.channels().forEach(c -> channels.add(Map.of("channel", c, "verdict", "meets")));
        return Map.of("revision", 1, "values", values, "channels", channels, "decision", decision);
    }

    static String etag(String storyId) {
        return as(campaignManager()).get("/api/v1/stories/" + storyId).then().statusCode(200).extract().header("ETag");
    }

    static void transition(String token, String storyId, String action) {
        as(token).header("If-Match", etag(storyId)).body(Map.of("action", action)).post("/api/v1/stories/" + storyId + "/transitions")
                .then().statusCode(200);
    }
}
