package nl.jobbranding.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The services' operations through the gateway: same answers, links that point at the gateway, tokens checked. */
@QuarkusTest
class ForwardingTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aCreatedResourceIsTheSameThroughTheGatewayAndItsLinksPointAtTheGateway() {
        String code = "ch-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = as(campaignManager()).body(channel(code)).post("/api/v1/channels");
        created.then().statusCode(201)
                .header("Location", startsWith(gateway.toString() + "api/v1/channels/" + code))
                .header("ETag", notNullValue())
                .header("API-Version", equalTo("1.0.0"))
                .body("code", equalTo(code));
        String etag = created.header("ETag");
        as(campaignManager()).header("If-None-Match", etag).get("/api/v1/channels/" + code).then().statusCode(304);

        String direct = as(campaignManager()).baseUri(ServiceTestResource.baseUrl(GatewayTestResources.CAMPAIGN_SERVICE))
                .get("/api/v1/channels/" + code).then().statusCode(200).extract().asString();
        String through = as(campaignManager()).get("/api/v1/channels/" + code).then().statusCode(200).extract().asString();
        assertEquals(direct, through, "the body is forwarded as it is");

        as(campaignManager()).body(channel(code + "-2")).post("/api/v1/channels").then().statusCode(201);
        as(campaignManager()).get("/api/v1/channels?limit=1").then().statusCode(200)
                .body("_links.next.href", startsWith(gateway.toString() + "api/v1/channels?"));
    }

    @Test
    void problemDocumentsAndStatusCodesPassThrough() {
        as(campaignManager()).body(Map.of("code", "X")).post("/api/v1/channels").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("name"));
        as(editor("DJI")).body(channel("ch-nope")).post("/api/v1/channels").then().statusCode(403)
                .contentType("application/problem+json");
        as(campaignManager()).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void bodiesAndPageSizesAreBounded() {
        String big = "{\"code\": \"" + "x".repeat(300_000) + "\"}";
        as(campaignManager()).body(big).post("/api/v1/channels").then().statusCode(413).contentType("application/problem+json");
        as(campaignManager()).get("/api/v1/channels?limit=1000").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit"));
        RestAssured.given().get("/api/v1/public-feed?limit=1000").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit"));
    }

    @Test
    void anonymousReadersReachOnlyThePublicReads() {
        RestAssured.given().get("/api/v1/published-stories").then().statusCode(200);
        RestAssured.given().get("/api/v1/transparency-log").then().statusCode(200);
        RestAssured.given().get("/api/v1/workflow").then().statusCode(200);
        for (String path : List.of("/api/v1/campaigns", "/api/v1/stories", "/api/v1/moderation-queue", "/api/v1/units")) {
            RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        RestAssured.given().contentType("application/json").body("{}").post("/api/v1/screenings").then().statusCode(401);
        RestAssured.given().auth().oauth2("not.a.token").get("/api/v1/published-stories").then().statusCode(401);
    }

    @Test
    void aRequestIdIsAcceptedOrCreatedAndReturned() {
        as(campaignManager()).header("X-Request-Id", "test-123").get("/api/v1/channels").then().statusCode(200)
                .header("X-Request-Id", equalTo("test-123"));
        String traced = "trace-" + UUID.randomUUID();
        as(campaignManager()).header("X-Request-Id", traced).get("/api/v1/channels").then().statusCode(200);
        assertTrue(Eventually.logged(Duration.ofSeconds(5), GatewayTestResources.CAMPAIGN_SERVICE, "[" + traced + "]"),
                "campaign-service logs the same id");
        String created = as(campaignManager()).get("/api/v1/channels").then().statusCode(200).extract().header("X-Request-Id");
        assertTrue(created != null && created.length() >= 32, created);
        as(campaignManager()).header("X-Request-Id", "bad id\nwith newline").get("/api/v1/channels").then()
                .header("X-Request-Id", org.hamcrest.Matchers.not(containsString(" ")));
    }

    @Test
    void aServiceThatIsDownGivesA503ProblemAtOnceAndTheOtherServiceStillAnswers() {
        ServiceTestResource.stop(GatewayTestResources.CONTENT_SERVICE);
        try {
            Instant start = Instant.now();
            as(campaignManager()).get("/api/v1/stories").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "no hang");
            as(campaignManager()).get("/api/v1/channels").then().statusCode(200);
            RestAssured.given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'Services behind the gateway' }.data.'content-service'", containsString("DOWN"))
                    .body("checks.find { it.name == 'Services behind the gateway' }.data.'campaign-service'", equalTo("UP"));
        } finally {
            ServiceTestResource.restart(GatewayTestResources.CONTENT_SERVICE);
            Recovery.awaitAllWell();
        }
    }

    static Map<String, Object> channel(String code) {
        return Map.of("code", code, "name", "Kanaal " + code, "audience", Map.of("description", "Professionals.",
                "tone", "Zakelijk.", "formats", List.of("text-post"), "maxLength", 3000, "hashtagPolicy", "optional",
                "maxHashtags", 3, "languageLevel", "B1"));
    }
}
