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

    private static List<String> sorted(String... codes) {
        return java.util.Arrays.stream(codes).sorted().toList();
    }

    private static List<String> codes(JsonPath page, String field) {
        return page.getList("items." + field, String.class);
    }
}
