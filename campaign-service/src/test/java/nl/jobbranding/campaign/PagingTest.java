package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.series;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class PagingTest {

    @Test
    void pagingWithInsertsInBetweenNeitherRepeatsNorSkips() {
        String channel = createChannel();
        String unit = createUnit(false);
        String campaign = TestData.createCampaign(List.of(channel), List.of());
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            before.add(createSeries(series(campaign, unit, "Serie " + i, List.of(channel), 1)));
        }

        List<String> seen = new ArrayList<>();
        JsonPath page = given().queryParam("campaignId", campaign).queryParam("limit", 2)
                .get("/api/v1/series").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.id"));
        List<String> during = new ArrayList<>();
        while (page.getString("_links.next.href") != null) {
            during.add(createSeries(series(campaign, unit, "Tussendoor " + during.size(), List.of(channel), 1)));
            page = given().get(page.getString("_links.next.href")).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
        }

        assertEquals(new HashSet<>(seen).size(), seen.size(), "no item twice: " + seen);
        assertTrue(seen.containsAll(before), "every item that was there before is seen");
        List<String> all = new ArrayList<>(before);
        all.addAll(during);
        assertEquals(all, seen, "new items come after the ones already there, in creation order");
    }

    @Test
    void codeListsPageInCodeOrder() {
        String prefix = TestData.unique("pg");
        List<String> codes = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        codes.forEach(code -> TestData.post("/api/v1/channels", TestData.channel(code)));

        List<Object> all = TestData.allPages("/api/v1/channels?limit=2").stream().map(c -> c.get("code")).toList();

        List<Object> ours = all.stream().filter(codes::contains).toList();
        assertEquals(codes, ours);
        List<Object> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all, "channels come by code");
    }

    @Test
    void lastPageHasNoNextLink() {
        String channel = createChannel();
        given().queryParam("limit", 100).get("/api/v1/channels/" + channel).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit"));
        String campaign = TestData.createCampaign(List.of(channel), List.of());
        given().queryParam("campaignId", campaign).get("/api/v1/series")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("_links.next", nullValue());
    }

    @Test
    void badPagingParametersAreNamed() {
        given().queryParam("limit", 0).get("/api/v1/channels").then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("limit", 101).get("/api/v1/channels").then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("limit", "ten").get("/api/v1/channels").then().statusCode(400).body("invalidParams[0].name", equalTo("limit"));
        given().queryParam("cursor", "!!!").get("/api/v1/channels").then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
        given().queryParam("cursor", "bm90LWEtdXVpZA").get("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("cursor"));
    }
}
