package nl.jobbranding.gateway.console;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.runtime.DevTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo-like data for the console tests, made through the gateway's API with unique names: a sensitive unit (like DJI)
 * with a series on a long and a short channel (like LinkedIn and Instagram, Instagram short of review hours), and the
 * personas' tokens in the folder the console's development sign-in lists ({@code target/console-tokens}).
 */
final class ConsoleData {

    static final Path TOKENS = Path.of("target", "console-tokens");

    record Setting(String campaignId, String campaignName, String seriesId, String seriesName, String unit, String longChannel,
                   String shortChannel) {

        List<String> channels() {
            return List.of(longChannel, shortChannel);
        }
    }

    private ConsoleData() {
    }

    /** A persona's token, also written where the sign-in page finds it; the persona id names the file. */
    static String persona(String id) {
        String token;
        if (id.startsWith("community-manager-")) {
            String name = id.substring("community-manager-".length());
            token = DevTokens.forTests().token("cm-" + name, Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    List.of("community-manager"), null, Duration.ofHours(2));
        } else if (id.startsWith("unit-editor-")) {
            String unit = id.substring("unit-editor-".length());
            token = DevTokens.forTests().token("redactie-" + unit.toLowerCase(), "Redactie " + unit, List.of("unit-editor"), unit,
                    Duration.ofHours(2));
        } else {
            token = DevTokens.forTests().token("campagneteam", "Campagneteam", List.of("campaign-manager"), null, Duration.ofHours(2));
        }
        try {
            Files.createDirectories(TOKENS);
            Files.writeString(TOKENS.resolve(id + ".jwt"), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    static RequestSpecification as(String persona) {
        return RestAssured.given().auth().oauth2(persona(persona)).contentType(ContentType.JSON);
    }

    /** A sensitive unit's active series on a long and a short channel, with capacity that leaves the short one short. */
    static Setting sensitiveUnit() {
        warmUp();
        String run = UUID.randomUUID().toString().substring(0, 6);
        String manager = "campaign-manager";
        String longChannel = "linkedin-" + run;
        String shortChannel = "instagram-" + run;
        as(manager).body(channel(longChannel, "LinkedIn " + run, 3000, List.of("text-post", "article"))).post("/api/v1/channels")
                .then().statusCode(201);
        as(manager).body(channel(shortChannel, "Instagram " + run, 2200, List.of("text-post", "short-video"))).post("/api/v1/channels")
                .then().statusCode(201);
        String targetGroup = "zij-instromers-" + run;
        as(manager).body(Map.of("code", targetGroup, "name", "Zij-instromers " + run)).post("/api/v1/target-groups").then().statusCode(201);
        String unit = ("DJI" + run).toUpperCase();
        as(manager).body(Map.of("code", unit, "name", "Dienst Justitiële Inrichtingen " + run, "sensitive", true,
                "contact", Map.of("name", "Team Werken bij DJI", "email", "werkenbij@dji.example.nl"))).post("/api/v1/units").then()
                .statusCode(201);
        String campaignName = "Werken voor Nederland " + run;
        Map<String, Object> campaign = new HashMap<>(Map.of("name", campaignName, "startDate", LocalDate.now().minusMonths(1).toString(),
                "endDate", LocalDate.now().plusYears(1).toString(), "channels", List.of(longChannel, shortChannel),
                "targetGroups", List.of(targetGroup)));
        Response created = as(manager).body(campaign).post("/api/v1/campaigns");
        created.then().statusCode(201);
        String campaignId = created.path("id");
        campaign.put("status", "active");
        as(manager).header("If-Match", created.header("ETag")).body(campaign).put("/api/v1/campaigns/" + campaignId).then().statusCode(200);
        String seriesName = "De scherpe blik " + run;
        String seriesId = as(manager).body(Map.of("campaignId", campaignId, "unitCode", unit, "name", seriesName, "format", "text-post",
                        "channels", List.of(longChannel, shortChannel), "targetGroups", List.of(targetGroup), "storiesPerMonth", 8,
                        "status", "active"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        as(manager).body(Map.of("hoursPerWeek", 10, "reviewMinutesPerStory", 30))
                .put("/api/v1/campaigns/" + campaignId + "/capacities/" + longChannel).then().statusCode(201);
        as(manager).body(Map.of("hoursPerWeek", 0.5, "reviewMinutesPerStory", 60))
                .put("/api/v1/campaigns/" + campaignId + "/capacities/" + shortChannel).then().statusCode(201);
        return new Setting(campaignId, campaignName, seriesId, seriesName, unit, longChannel, shortChannel);
    }

    /** The services' first answers after their start can take longer than the gateway waits: read until both answer. */
    private static void warmUp() {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (as("campaign-manager").get("/api/v1/channels?limit=1").statusCode() == 200
                    && as("campaign-manager").get("/api/v1/stories?limit=1").statusCode() == 200) {
                return;
            }
        }
    }

    private static Map<String, Object> channel(String code, String name, int maxLength, List<String> formats) {
        return Map.of("code", code, "name", name, "audience", Map.of("description", "Professionals die overwegen over te stappen.",
                "tone", "Persoonlijk en zakelijk.", "formats", formats, "maxLength", maxLength, "hashtagPolicy", "optional",
                "maxHashtags", 3, "languageLevel", "B1"));
    }

    /** A story written and submitted by the unit's editors; returns its id. */
    static String submittedStory(Setting setting, String title, String body) {
        String editor = "unit-editor-" + setting.unit();
        Map<String, Object> content = new HashMap<>();
        content.put("title", title);
        content.put("body", body);
        content.put("bodyFormat", "plain");
        content.put("language", "nl");
        content.put("channels", setting.channels());
        content.put("author", Map.of("name", "Sanne", "pseudonym", true, "role", "Penitentiair inrichtingswerker"));
        Response created = as(editor).body(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(), "content", content))
                .post("/api/v1/stories");
        created.then().statusCode(201);
        String id = created.path("id");
        as(editor).header("If-Match", created.header("ETag")).body(Map.of("action", "submit")).post("/api/v1/stories/" + id + "/transitions")
                .then().statusCode(200);
        return id;
    }

    static void transition(String persona, String storyId, String action) {
        String etag = as(persona).get("/api/v1/stories/" + storyId).then().statusCode(200).extract().header("ETag");
        as(persona).header("If-Match", etag).body(Map.of("action", action)).post("/api/v1/stories/" + storyId + "/transitions").then()
                .statusCode(200);
    }
}
