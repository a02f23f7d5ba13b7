package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.createActiveCampaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.series;
import static nl.jobbranding.campaign.TestData.unit;
import static nl.jobbranding.campaign.TestData.uniqueUnit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class UnitApiTest {

    @Test
    void phoneNumberIsCheckedAndStoredInInternationalForm() {
        String code = uniqueUnit();
        given().contentType(ContentType.JSON).body(unit(code, true))
                .when().post("/api/v1/units")
                .then().statusCode(201)
                .body("sensitive", equalTo(true))
                .body("contact.phone", equalTo("+31881234567"));

        Map<String, Object> invalid = unit(uniqueUnit(), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) invalid.get("contact");
        contact.put("phone", "12");
        given().contentType(ContentType.JSON).body(invalid)
                .when().post("/api/v1/units")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("contact.phone"));
    }

    @Test
    void contactPointNeedsAWayToReachIt() {
        Map<String, Object> body = unit(uniqueUnit(), false);
        body.put("contact", Map.of("name", "Team Werken bij"));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("contact"));
    }

    @Test
    void invalidCodeAndEmailAreNamed() {
        Map<String, Object> body = unit("dji", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) body.get("contact");
        contact.put("email", "not-an-email");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/units")
                .then().statusCode(400)
                .body("invalidParams.name", hasItem("code"))
                .body("invalidParams.name", hasItem("contact.email"));
    }

    @Test
    void listCanShowOnlySensitiveUnits() {
        String sensitive = TestData.createUnit(true);
        String open = TestData.createUnit(false);

        List<Map<String, Object>> units = TestData.allPages("/api/v1/units?sensitive=true&limit=5");

        List<Object> codes = units.stream().map(u -> u.get("code")).toList();
        assertTrue(codes.contains(sensitive));
        assertFalse(codes.contains(open));
        assertTrue(units.stream().allMatch(u -> Boolean.TRUE.equals(u.get("sensitive"))));

        given().queryParam("sensitive", "maybe").when().get("/api/v1/units")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("sensitive"));
    }

    @Test
    void unitWithSeriesCannotBeDeleted() {
        String channel = createChannel();
        String unit = TestData.createUnit(true);
        String campaign = createActiveCampaign(List.of(channel), List.of());
        createSeries(series(campaign, unit, "De scherpe blik", List.of(channel), 2));

        given().when().delete("/api/v1/units/" + unit)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("series"));
        given().when().get("/api/v1/units/" + unit).then().statusCode(200);
    }

    @Test
    void codeCannotChangeOnUpdate() {
        String code = TestData.createUnit(false);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(unit(uniqueUnit(), false))
                .when().put("/api/v1/units/" + code)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("code"));
    }
}
