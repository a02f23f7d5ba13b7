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
import java.util.UUID;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.createActiveCampaign;
import static nl.jobbranding.campaign.TestData.createCampaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createTargetGroup;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.series;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class SeriesApiTest {

    @Test
    void seriesBelongsToACampaignAndAUnit() {
        String channel = createChannel();
        String group = createTargetGroup();
        String unit = createUnit(true);
        String campaign = createActiveCampaign(List.of(channel), List.of(group));
        Map<String, Object> body = series(campaign, unit, "De scherpe blik", List.of(channel), 4);
        body.put("targetGroups", List.of(group));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/series")
                .then().statusCode(201)
                .body("campaignId", equalTo(campaign))
                .body("unitCode", equalTo(unit))
                .body("status", equalTo("planned"))
                .body("allowedTransitions", contains("active", "ended"))
                .body("format", equalTo("short-video"))
                .body("channels", contains(channel))
                .body("targetGroups", contains(group));
    }

    @Test
    void lifecycleFollowsTheTransitionTable() {
        String channel = createChannel();
        String unit = createUnit(false);
        String campaign = createActiveCampaign(List.of(channel), List.of());
        Map<String, Object> body = series(campaign, unit, "Wordt vervolgd", List.of(channel), 4);
        String id = createSeries(body);

        body.put("status", "paused");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(409).body("detail", containsString("cannot go from planned to paused"));
        body.put("status", "active");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(200).body("status", equalTo("active"));
        body.put("status", "paused");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(200).body("allowedTransitions", contains("active", "ended"));
        body.put("status", "ended");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(200);
        body.put("status", "active");
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(409).body("detail", containsString("ended"));
        given().when().delete("/api/v1/series/" + id).then().statusCode(409);
    }

    @Test
    void seriesIsActiveOnlyWhileItsCampaignIs() {
        String channel = createChannel();
        String unit = createUnit(false);
        String draftCampaign = createCampaign(List.of(channel), List.of());
        Map<String, Object> body = series(draftCampaign, unit, "Te vroeg", List.of(channel), 4);
        body.put("status", "active");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/series")
                .then().statusCode(409).body("detail", containsString("draft"));
    }

    @Test
    void channelsTargetGroupsAndFormatMustFitTheCampaign() {
        String channel = createChannel();
        String photoOnly = createChannel("photo", "carousel");
        String outside = createChannel();
        String group = createTargetGroup();
        String unit = createUnit(false);
        String campaign = createCampaign(List.of(channel, photoOnly), List.of());

        Map<String, Object> body = series(campaign, unit, "Serie", List.of(channel, outside), 4);
        body.put("targetGroups", List.of(group));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/series")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("channels[1]", "targetGroups[0]"));

        Map<String, Object> wrongFormat = series(campaign, unit, "Serie", List.of(channel, photoOnly), 4);
        given().contentType(ContentType.JSON).body(wrongFormat).when().post("/api/v1/series")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("format"))
                .body("invalidParams[0].reason", containsString(photoOnly));
    }

    @Test
    void unknownCampaignOrUnitIsNamed() {
        String channel = createChannel();
        Map<String, Object> body = series(UUID.randomUUID().toString(), "DJI", "Serie", List.of(channel), 4);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/series")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("campaignId"));

        String campaign = createCampaign(List.of(channel), List.of());
        given().contentType(ContentType.JSON).body(series(campaign, "NO-SUCH-UNIT", "Serie", List.of(channel), 4))
                .when().post("/api/v1/series")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("unitCode"));
    }

    @Test
    void campaignAndUnitCannotChange() {
        String channel = createChannel();
        String unit = createUnit(false);
        String campaign = createCampaign(List.of(channel), List.of());
        Map<String, Object> body = series(campaign, unit, "Serie", List.of(channel), 4);
        String id = createSeries(body);

        body.put("unitCode", createUnit(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put("/api/v1/series/" + id)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("unitCode"));
    }

    @Test
    void listFiltersByCampaignUnitStatusAndChannel() {
        String linkedin = createChannel();
        String youtube = createChannel();
        String unit = createUnit(false);
        String otherUnit = createUnit(false);
        String campaign = createActiveCampaign(List.of(linkedin, youtube), List.of());
        String a = createSeries(series(campaign, unit, "A", List.of(linkedin), 4));
        Map<String, Object> active = series(campaign, otherUnit, "B", List.of(youtube), 4);
        active.put("status", "active");
        String b = createSeries(active);

        given().queryParam("campaignId", campaign).get("/api/v1/series").then().statusCode(200).body("items.id", contains(a, b));
        given().queryParam("campaignId", campaign).queryParam("unitCode", unit).get("/api/v1/series").then().body("items.id", contains(a));
        given().queryParam("campaignId", campaign).queryParam("status", "active").get("/api/v1/series").then().body("items.id", contains(b));
        given().queryParam("campaignId", campaign).queryParam("channel", linkedin).get("/api/v1/series").then().body("items.id", contains(a));
        given().queryParam("campaignId", "nope").get("/api/v1/series")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("campaignId"));
    }
}
