package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.campaign.TestData.as;
import static nl.jobbranding.campaign.TestData.createActiveCampaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.series;
import static nl.jobbranding.campaign.TestData.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The campaign events feed: every campaign and series change, in commit order, none for a change refused. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class CampaignEventsTest {

    @Test
    void campaignAndSeriesChangesAreEventsInCommitOrderAndARefusedChangeIsNone() {
        String start = readToEnd("").after();
        String channel = createChannel();
        String unit = createUnit(false);
        String campaign = createActiveCampaign(List.of(channel), List.of());
        Map<String, Object> body = series(campaign, unit, "Op de brug", List.of(channel), 2);
        String seriesId = createSeries(body);
        body.put("status", "ended");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/series/" + seriesId)
                .then().statusCode(200);
        // Refused (an ended series no longer changes): no event.
        body.put("storiesPerMonth", 5);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/api/v1/series/" + seriesId)
                .then().statusCode(409);

        Feed feed = readToEnd(start);
        List<String> mine = feed.events().stream()
                .filter(e -> campaign.equals(e.get("campaignId")) || seriesId.equals(e.get("seriesId")))
                .map(e -> e.get("type") + ":" + e.get("status")).toList();
        assertEquals(List.of("campaign.created:draft", "campaign.changed:active", "series.created:planned",
                "series.changed:ended"), mine);
        // Nothing new: the same position again, and an empty page.
        given().get("/api/v1/campaign-events?after=" + feed.after()).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("after", equalTo(feed.after()));
    }

    @Test
    void pagesAreBoundedAndOnlyManagersAndServicesRead() {
        String channel = createChannel();
        createActiveCampaign(List.of(channel), List.of());
        given().get("/api/v1/campaign-events?limit=1").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("_links.next.href", notNullValue())
                .body("items[0].id", notNullValue()).body("items[0].timestamp", notNullValue());
        given().get("/api/v1/campaign-events?limit=101").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/campaign-events?after=bm9wZQ").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("after"));
        as(token(Roles.UNIT_EDITOR, "DJI")).get("/api/v1/campaign-events").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/campaign-events").then().statusCode(401);
        for (String role : List.of(Roles.COMMUNITY_MANAGER, Roles.SERVICE)) {
            as(token(role, null)).get("/api/v1/campaign-events?limit=1").then().statusCode(200);
        }
    }

    record Feed(List<Map<String, Object>> events, String after) {
    }

    /** Every event after a position: the data of each with its type, and where the feed ends now. */
    @SuppressWarnings("unchecked")
    static Feed readToEnd(String after) {
        List<Map<String, Object>> events = new ArrayList<>();
        String position = after;
        while (true) {
            JsonPath page = given().queryParam("after", position).queryParam("limit", 100).get("/api/v1/campaign-events")
                    .then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                Map<String, Object> data = new java.util.HashMap<>((Map<String, Object>) item.get("data"));
                data.put("type", item.get("type"));
                events.add(data);
            }
            position = page.getString("after");
            if (page.getString("_links.next.href") == null) {
                return new Feed(events, position);
            }
        }
    }
}
