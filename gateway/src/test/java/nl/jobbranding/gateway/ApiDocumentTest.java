package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import nl.jobbranding.runtime.ApiDesignRules;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One OpenAPI document for the whole API, assembled from the services' own documents. */
@QuarkusTest
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void theDocumentIsPublicForAnyOriginUnderTheGatewaysTitle() {
        RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("info.title", equalTo("Job branding API"))
                .body("servers[0].url", equalTo("/api/v1"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/campaign-overviews/{campaignId}'.get.operationId", equalTo("getCampaignOverview"))
                .body("paths.'/public-feed'.get.operationId", equalTo("getPublicFeed"))
                .body("paths.'/moderation-overview'.get.operationId", equalTo("getModerationOverview"))
                .body("paths.'/{path}'", org.hamcrest.Matchers.nullValue())
                .body("paths.'/openapi.json'", org.hamcrest.Matchers.nullValue());
        RestAssured.given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void everyOperationOfEveryServiceIsInIt() {
        JsonPath gateway = RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (String module : List.of(GatewayTestResources.CAMPAIGN_SERVICE, GatewayTestResources.CONTENT_SERVICE)) {
            JsonPath own = RestAssured.given().baseUri(ServiceTestResource.baseUrl(module)).get("/api/v1/openapi.json").then()
                    .statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = own.getMap("paths");
            for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
                for (String method : path.getValue().keySet()) {
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    operations++;
                    Map<String, Object> operation = gateway.getMap("paths.'" + path.getKey() + "'." + method);
                    if (operation == null || !operation.get("operationId").equals(own.getString("paths.'" + path.getKey() + "'."
                            + method + ".operationId"))) {
                        missing.add(module + " " + method.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertTrue(operations > 50, "both services' operations were read: " + operations);
        assertEquals(List.of(), missing, "operations missing from the gateway's document");
    }

    @Test
    void followsTheNlApiDesignRules() throws Exception {
        ApiDesignRules.check(RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }
}
