package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.jobbranding.campaign.TestData.as;
import static nl.jobbranding.campaign.TestData.createActiveCampaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.series;
import static nl.jobbranding.campaign.TestData.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Batch reads for composed views: the lists of units, channels, campaigns and series narrowed to the ones named
 * (a repeated parameter), so that an overview asks once for all the units of its page instead of once per unit.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class BatchReadTest {

    @Test
    void severalUnitsChannelsCampaignsAndSeriesInOneCallEachAndAnUnknownOneIsLeftOut() {
        String first = createUnit(false);
        String second = createUnit(true);
        createUnit(false);
        List<String> channels = List.of(createChannel(), createChannel());
        String campaign = createActiveCampaign(channels, List.of());
        String other = createActiveCampaign(channels, List.of());
        String seriesOne = createSeries(series(campaign, first, "Eerste", channels, 2));
        String seriesTwo = createSeries(series(other, second, "Tweede", channels, 2));
        createSeries(series(campaign, second, "Derde", channels, 2));

        // Any role reads them, the service token too (the public feed's names).
        String service = token(Roles.SERVICE, null);
        assertEquals(sorted(first, second), codes(as(service).get("/api/v1/units?code=" + second + "&code=" + first
                + "&code=NOPE&limit=100").then().statusCode(200).extract().jsonPath(), "code"));
        assertEquals(sorted(channels.get(0), channels.get(1)), codes(given().get("/api/v1/channels?code=" + channels.get(1) + "&code=" + channels.get(0))
                .then().statusCode(200).extract().jsonPath(), "code"));
        assertEquals(List.of(campaign, other), codes(as(token(Roles.UNIT_EDITOR, first)).get("/api/v1/campaigns?id=" + other
                + "&id=" + campaign + "&id=" + UUID.randomUUID()).then().statusCode(200).extract().jsonPath(), "id"));
        assertEquals(List.of(seriesOne, seriesTwo), codes(given().get("/api/v1/series?id=" + seriesTwo + "&id=" + seriesOne)
                .then().statusCode(200).extract().jsonPath(), "id"));
        // With the other filters: both apply.
        assertEquals(List.of(seriesOne), codes(given().get("/api/v1/series?id=" + seriesTwo + "&id=" + seriesOne
                + "&campaignId=" + campaign).then().statusCode(200).extract().jsonPath(), "id"));
        assertEquals(List.of(second), codes(given().get("/api/v1/units?code=" + second + "&code=" + first + "&sensitive=true")
                .then().statusCode(200).extract().jsonPath(), "code"));
        // Paged like any list: the next page keeps the names.
        JsonPath page = given().get("/api/v1/units?code=" + first + "&code=" + second + "&limit=1").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(sorted(first, second).subList(0, 1), codes(page, "code"));
        assertEquals(sorted(first, second).subList(1, 2), codes(given().get(page.getString("_links.next.href")).then().statusCode(200)
                .extract().jsonPath(), "code"));
    }

    @Test
    void aBatchIsBoundedAndItsValuesChecked() {
        StringBuilder tooMany = new StringBuilder("/api/v1/units?limit=100");
        for (int i = 0; i <= 100; i++) {
            tooMany.append("&code=U").append(i);
        }
        given().get(tooMany.toString()).then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("code"))
                .body("invalidParams[0].reason", containsString("at most 100"));
        given().get("/api/v1/series?id=not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("id"))
                .body("invalidParams[0].reason", equalTo("must be a UUID"));
        List<String> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add("code=C" + i);
        }
        given().get("/api/v1/channels?" + String.join("&", hundred)).then().statusCode(200);
    }

    @Test
    void anOutlineIsTheCampaignItsSeriesTheirUnitsAndTheCapacityAssessmentInOneRead() {
        String plain = createUnit(false);
        String sensitive = createUnit(true);
        List<String> channels = List.of(createChannel(), createChannel());
        String campaign = createActiveCampaign(channels, List.of());
        String other = createActiveCampaign(channels, List.of());
        String first = createSeries(series(campaign, plain, "Eerste", channels, 2));
        String second = createSeries(series(campaign, sensitive, "Tweede", channels, 3));
        createSeries(series(campaign, plain, "Derde", channels, 1));
        createSeries(series(other, createUnit(false), "Elders", channels, 2));

        // Any role reads it, as it reads the four parts.
        JsonPath outline = as(token(Roles.UNIT_EDITOR, plain)).get("/api/v1/campaigns/" + campaign + "/outline")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(given().get("/api/v1/campaigns/" + campaign).then().statusCode(200).extract().jsonPath().getMap(""),
                outline.getMap("campaign"));
        List<Object> seriesOfCampaign = given().get("/api/v1/series?campaignId=" + campaign + "&limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(3, seriesOfCampaign.size());
        assertEquals(seriesOfCampaign, outline.getList("series"), "the campaign's series only, in the order they were created");
        assertEquals(first, outline.getString("series[0].id"));
        assertEquals(second, outline.getString("series[1].id"));
        assertEquals(false, outline.getBoolean("moreSeries"));
        assertEquals(given().get("/api/v1/units?code=" + plain + "&code=" + sensitive).then().statusCode(200).extract().jsonPath()
                .getList("items"), sortedBy(outline.getList("units"), "code"), "each unit of the series once");
        assertEquals(given().get("/api/v1/campaigns/" + campaign + "/capacity-assessment").then().statusCode(200).extract().jsonPath()
                .getMap(""), outline.getMap("capacity"));
        assertEquals(true, outline.getBoolean("units.find { it.code == '" + sensitive + "' }.sensitive"));

        // A campaign without series; an unknown one; no token.
        String empty = createActiveCampaign(channels, List.of());
        given().get("/api/v1/campaigns/" + empty + "/outline").then().statusCode(200)
                .body("series.size()", equalTo(0)).body("units.size()", equalTo(0)).body("campaign.id", equalTo(empty));
        given().get("/api/v1/campaigns/" + UUID.randomUUID() + "/outline").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/campaigns/not-a-uuid/outline").then().statusCode(404);
        io.restassured.RestAssured.given().get("/api/v1/campaigns/" + campaign + "/outline").then().statusCode(401);
    }

    private static List<Object> sortedBy(List<java.util.Map<String, Object>> items, String field) {
        return items.stream().sorted(java.util.Comparator.comparing(i -> String.valueOf(i.get(field)))).map(i -> (Object) i).toList();
    }

    private static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }

    private static List<String> codes(JsonPath page, String field) {
        return page.getList("items." + field, String.class);
    }
}
