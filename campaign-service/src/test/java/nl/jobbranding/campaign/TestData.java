package nl.jobbranding.campaign;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.DevTokens;

import java.time.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies and set-up through the API for the tests. Every test makes its own resources with unique codes
 * and names, so tests share nothing and may run in any order.
 */
final class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private TestData() {
    }

    /** A request as a campaign manager, who may do everything in campaign-service. */
    static RequestSpecification given() {
        return as(token(Roles.CAMPAIGN_MANAGER, null));
    }

    /** A request with a bearer token. */
    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    /** A development token for one role (and for a unit editor, their unit). */
    static String token(String role, String unit) {
        return DevTokens.forTests().token(role + "-test", "Test " + role, List.of(role), unit, Duration.ofHours(1));
    }

    /** A code no other test uses: lower case with the given prefix. */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A unit code no other test uses. */
    static String uniqueUnit() {
        return ("U-" + RUN + "-" + COUNTER.incrementAndGet()).toUpperCase();
    }

    static Map<String, Object> channel(String code, String... formats) {
        Map<String, Object> audience = new HashMap<>();
        audience.put("description", "Professionals die hun loopbaan volgen.");
        audience.put("tone", "Zakelijk en persoonlijk.");
        audience.put("formats", new ArrayList<>(formats.length == 0 ? List.of("text-post", "short-video") : List.of(formats)));
        audience.put("maxLength", 3000);
        audience.put("hashtagPolicy", "optional");
        audience.put("maxHashtags", 3);
        audience.put("languageLevel", "B1");
        Map<String, Object> channel = new HashMap<>();
        channel.put("code", code);
        channel.put("name", "LinkedIn");
        channel.put("audience", audience);
        return channel;
    }

    static Map<String, Object> unit(String code, boolean sensitive) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("name", "Team Werken bij");
        contact.put("email", "werkenbij@example.nl");
        contact.put("phone", "088 123 4567");
        Map<String, Object> unit = new HashMap<>();
        unit.put("code", code);
        unit.put("name", "Dienst " + code);
        unit.put("description", "Een rijksonderdeel.");
        unit.put("sensitive", sensitive);
        unit.put("contact", contact);
        return unit;
    }

    static Map<String, Object> campaign(String name, List<String> channels, List<String> targetGroups) {
        Map<String, Object> campaign = new HashMap<>();
        campaign.put("name", name);
        campaign.put("tagline", "Zie wat wij elke dag doen");
        campaign.put("startDate", "2026-01-01");
        campaign.put("endDate", "2027-12-31");
        campaign.put("channels", new ArrayList<>(channels));
        campaign.put("targetGroups", new ArrayList<>(targetGroups));
        return campaign;
    }

    static Map<String, Object> series(String campaignId, String unitCode, String name, List<String> channels, int storiesPerMonth) {
        Map<String, Object> series = new HashMap<>();
        series.put("campaignId", campaignId);
        series.put("unitCode", unitCode);
        series.put("name", name);
        series.put("format", "short-video");
        series.put("channels", new ArrayList<>(channels));
        series.put("targetGroups", new ArrayList<>());
        series.put("storiesPerMonth", storiesPerMonth);
        return series;
    }

    /** Creates a channel that takes the given formats (short videos and text posts by default); returns its code. */
    static String createChannel(String... formats) {
        String code = unique("ch");
        post("/api/v1/channels", channel(code, formats));
        return code;
    }

    static String createTargetGroup() {
        String code = unique("tg");
        post("/api/v1/target-groups", Map.of("code", code, "name", "Doelgroep " + code));
        return code;
    }

    static String createUnit(boolean sensitive) {
        String code = uniqueUnit();
        post("/api/v1/units", unit(code, sensitive));
        return code;
    }

    /** Creates a draft campaign on the channels and target groups; returns its id. */
    static String createCampaign(List<String> channels, List<String> targetGroups) {
        return post("/api/v1/campaigns", campaign(unique("Campagne"), channels, targetGroups)).get("id").toString();
    }

    /** Creates a campaign and makes it active; returns its id. */
    static String createActiveCampaign(List<String> channels, List<String> targetGroups) {
        Map<String, Object> body = campaign(unique("Campagne"), channels, targetGroups);
        String id = post("/api/v1/campaigns", body).get("id").toString();
        body.put("status", "active");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/campaigns/" + id).then().statusCode(200);
        return id;
    }

    static String createSeries(Map<String, Object> body) {
        return post("/api/v1/series", body).get("id").toString();
    }

    /** Every item of a list, following the next links from the first page. */
    static List<Map<String, Object>> allPages(String firstPage) {
        List<Map<String, Object>> items = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            io.restassured.path.json.JsonPath page = given().when().get(next).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("_links.next.href");
        }
        return items;
    }

    static Map<String, Object> post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
    }
}
