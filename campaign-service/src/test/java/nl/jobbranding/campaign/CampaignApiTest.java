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
import static nl.jobbranding.campaign.TestData.campaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createTargetGroup;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.series;
import static nl.jobbranding.campaign.TestData.unique;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class CampaignApiTest {

    @Test
    void newCampaignIsDraftWithTheFourGovernmentWideValues() {
        String channel = createChannel();
        String group = createTargetGroup();
        io.restassured.response.Response created = given().contentType(ContentType.JSON)
                .body(campaign(unique("Werken voor Nederland"), List.of(channel), List.of(group)))
                .when().post("/api/v1/campaigns");
        String id = created.path("id");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/campaigns/" + id))
                .body("status", equalTo("draft"))
                .body("allowedTransitions", contains("active", "closed"))
                .body("values.code", contains("careful", "just", "cost-conscious", "transparent"))
                .body("values.name", contains("Zorgvuldig", "Rechtvaardig", "Kostenbewust", "Transparant"))
                .body("values.governmentWide", contains(true, true, true, true))
                .body("channels", contains(channel))
                .body("targetGroups", contains(group));

        given().when().get("/api/v1/campaigns/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("startDate", equalTo("2026-01-01"));
    }

    @Test
    void campaignMaySharpenGuidanceAndAddItsOwnValues() {
        Map<String, Object> body = campaign(unique("Campagne"), List.of(), List.of());
        body.put("values", List.of(
                Map.of("code", "inclusive", "name", "Inclusief", "guidance", "Iedereen met motivatie is welkom."),
                Map.of("code", "careful", "name", "Zorgvuldig", "guidance", "Extra zorg voor slachtoffers.")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(201)
                .body("values.code", contains("careful", "just", "cost-conscious", "transparent", "inclusive"))
                .body("values[0].guidance", equalTo("Extra zorg voor slachtoffers."))
                .body("values[4].governmentWide", equalTo(false));
    }

    @Test
    void campaignAddsItsOwnTermsToThePreScreen() {
        Map<String, Object> body = campaign(unique("Campagne"), List.of(), List.of());
        body.put("values", List.of(Map.of("code", "inclusive", "name", "Inclusief", "guidance", "Iedereen is welkom.")));
        body.put("screeningTerms", List.of(
                Map.of("phrase", "topsport", "value", "inclusive", "severity", "warn", "language", "nl",
                        "note", "Spreekt alleen sporters aan."),
                Map.of("phrase", "rockstar", "value", "just", "severity", "info")));
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(201)
                .body("screeningTerms.phrase", contains("topsport", "rockstar"))
                .body("screeningTerms[0].severity", equalTo("warn"))
                .body("screeningTerms[1].language", nullValue())
                .extract().path("id");
        given().get("/api/v1/campaigns/" + id).then().statusCode(200).body("screeningTerms[0].note", equalTo("Spreekt alleen sporters aan."));

        body.put("name", unique("Campagne"));
        body.put("screeningTerms", List.of(Map.of("phrase", "topsport", "value", "just", "severity", "loud")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("screeningTerms[0].severity"));
        body.put("screeningTerms", List.of(Map.of("phrase", "<b>", "value", "just", "severity", "warn")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("invalidParams.name", contains("screeningTerms[0].phrase"));
        body.put("screeningTerms", List.of(Map.of("phrase", "topsport", "value", "sporty", "severity", "warn"),
                Map.of("phrase", "Topsport", "value", "just", "severity", "warn")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("invalidParams.name", contains("screeningTerms[0].value", "screeningTerms[1].phrase"));
    }

    @Test
    void validationNamesEveryField() {
        Map<String, Object> body = campaign(" ", List.of("no-such-channel"), List.of());
        body.put("startDate", "2026-06-01");
        body.put("endDate", "2026-05-01");
        body.put("values", List.of(Map.of("code", "Bad Code", "name", "x", "guidance", "y")));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("name", "values[0].code"));

        Map<String, Object> crossField = campaign(unique("Campagne"), List.of("no-such-channel"), List.of());
        crossField.put("startDate", "2026-06-01");
        crossField.put("endDate", "2026-05-01");
        given().contentType(ContentType.JSON).body(crossField)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("endDate", "channels[0]"));

        Map<String, Object> badDate = campaign(unique("Campagne"), List.of(), List.of());
        badDate.put("startDate", "1 januari");
        given().contentType(ContentType.JSON).body(badDate)
                .when().post("/api/v1/campaigns")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("startDate"));
    }

    @Test
    void newCampaignCannotStartActive() {
        Map<String, Object> body = campaign(unique("Campagne"), List.of(), List.of());
        body.put("status", "active");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/campaigns")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
        body.put("status", "paused");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/campaigns")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("status"))
                .body("invalidParams[0].reason", containsString("draft, active, closed"));
    }

    @Test
    void lifecycleGoesFromDraftToActiveToClosedAndNoFurther() {
        Map<String, Object> body = campaign(unique("Campagne"), List.of(), List.of());
        String id = TestData.post("/api/v1/campaigns", body).get("id").toString();

        body.put("status", "active");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("active")).body("allowedTransitions", contains("closed"));

        body.put("status", "draft");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .when().put("/api/v1/campaigns/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot go from active to draft"));

        body.put("status", "closed");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .when().put("/api/v1/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("closed")).body("allowedTransitions.size()", equalTo(0));

        body.put("name", unique("Renamed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(body)
                .when().put("/api/v1/campaigns/" + id)
                .then().statusCode(409).body("detail", containsString("closed"));

        given().when().delete("/api/v1/campaigns/" + id).then().statusCode(409);
    }

    @Test
    void closingACampaignEndsItsSeries() {
        String channel = createChannel();
        String unit = createUnit(false);
        Map<String, Object> body = campaign(unique("Campagne"), List.of(channel), List.of());
        String id = TestData.post("/api/v1/campaigns", body).get("id").toString();
        body.put("status", "active");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/campaigns/" + id)
                .then().statusCode(200);
        Map<String, Object> activeSeries = series(id, unit, "Actief", List.of(channel), 4);
        activeSeries.put("status", "active");
        String active = createSeries(activeSeries);
        String planned = createSeries(series(id, unit, "Gepland", List.of(channel), 2));

        body.put("status", "closed");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/api/v1/campaigns/" + id)
                .then().statusCode(200);

        given().get("/api/v1/series/" + active).then().body("status", equalTo("ended"));
        given().get("/api/v1/series/" + planned).then().body("status", equalTo("ended"));
    }

    @Test
    void channelUsedByASeriesCannotLeaveTheCampaign() {
        String channel = createChannel();
        String other = createChannel();
        String unit = createUnit(false);
        Map<String, Object> body = campaign(unique("Campagne"), List.of(channel, other), List.of());
        String id = TestData.post("/api/v1/campaigns", body).get("id").toString();
        createSeries(series(id, unit, "Serie", List.of(channel), 4));

        body.put("channels", List.of(other));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/campaigns/" + id)
                .then().statusCode(409).body("detail", containsString("channel '" + channel + "' is used by series 'Serie'"));
        given().get("/api/v1/campaigns/" + id).then().body("channels", hasItem(channel));
    }

    @Test
    void draftCampaignWithoutSeriesCanBeDeleted() {
        String id = TestData.createCampaign(List.of(), List.of());
        given().when().delete("/api/v1/campaigns/" + id).then().statusCode(204);
        given().when().get("/api/v1/campaigns/" + id).then().statusCode(404);
    }

    @Test
    void duplicateNameIsAConflict() {
        String name = unique("Campagne");
        TestData.post("/api/v1/campaigns", campaign(name, List.of(), List.of()));
        given().contentType(ContentType.JSON).body(campaign(name, List.of(), List.of()))
                .when().post("/api/v1/campaigns")
                .then().statusCode(409);
    }

    @Test
    void listFiltersByStatus() {
        String draft = TestData.createCampaign(List.of(), List.of());
        String active = TestData.createActiveCampaign(List.of(), List.of());
        List<Object> ids = TestData.allPages("/api/v1/campaigns?status=active&limit=50").stream().map(c -> c.get("id")).toList();
        org.junit.jupiter.api.Assertions.assertTrue(ids.contains(active));
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(draft));

        given().queryParam("status", "running").when().get("/api/v1/campaigns")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("status"));
    }

    @Test
    void malformedIdIsNotFound() {
        given().when().get("/api/v1/campaigns/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/campaigns/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("title", equalTo("Not found"));
    }

    @Test
    void unknownCampaignHasNoCapacity() {
        given().when().get("/api/v1/campaigns/" + java.util.UUID.randomUUID() + "/capacity-assessment")
                .then().statusCode(404).body("status", equalTo(404)).body("detail", not(containsString("Exception")));
    }
}
