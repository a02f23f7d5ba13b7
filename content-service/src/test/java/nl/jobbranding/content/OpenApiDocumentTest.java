package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.ApiDesignRules;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentIsPublishedForAnyOriginWithTheBearerScheme() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("servers[0].url", equalTo("/api/v1"))
                .body("paths", hasKey("/stories/{storyId}/transitions"))
                .body("paths", hasKey("/moderation-queue"))
                .body("paths", hasKey("/transparency-log"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("paths.'/stories'.post.responses", hasKey("401"))
                .body("paths.'/stories/{storyId}/transitions'.post.responses", hasKey("503"));
    }

    /** Issue 13, item 10: every operation that asks campaign-service documents its refusal, a 502 without Retry-After. */
    @Test
    void everyOperationThatAsksCampaignServiceDocumentsItsRefusal() {
        for (String operation : java.util.List.of("'/stories/{storyId}/transitions'.post", "'/screenings'.post", "'/story-requests'.post")) {
            given().when().get("/api/v1/openapi.json").then().statusCode(200)
                    .body("paths." + operation + ".responses.'502'.description", org.hamcrest.Matchers.containsString("refused"))
                    .body("paths." + operation + ".responses.'502'.content", hasKey("application/problem+json"))
                    .body("paths." + operation + ".responses.'502'", org.hamcrest.Matchers.not(hasKey("headers")));
        }
    }

    @Test
    void followsTheNlApiDesignRules() throws Exception {
        ApiDesignRules.check(given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }

    /** The document says what the service answers (issue 13, item 18). */
    @Test
    void theDocumentAgreesWithTheAnswers() {
        given().when().get("/api/v1/openapi.json").then().statusCode(200)
                .body("components.schemas.Problem.properties.instance.format", equalTo("uri-reference"))
                .body("components.schemas.TransitionInput.properties.action.enum", contains("submit", "retract", "claim", "release",
                        "schedule", "unschedule", "publish", "withdraw", "archive"))
                .body("paths.'/stories'.get.responses.'503'.headers", hasKey("Retry-After"))
                .body("paths.'/stories'.post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Story"));
    }

    /** The event types come from Events.Type, the one list, also where subscriptions name them. */
    @Test
    void everyEventTypeIsInTheDocument() {
        String document = given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath json = io.restassured.path.json.JsonPath.from(document);
        for (String type : nl.jobbranding.content.service.Events.Type.names()) {
            org.hamcrest.MatcherAssert.assertThat(json.getString("paths.'/events'.get.description"), containsString(type));
            org.hamcrest.MatcherAssert.assertThat(json.getString("components.schemas.WebhookSubscriptionInput.properties.eventTypes.description"),
                    containsString(type));
        }
        org.junit.jupiter.api.Assertions.assertFalse(document.contains("{event-types}"), "every placeholder is filled in");
    }

    @Test
    void aQueryParameterTheOperationDoesNotKnowIsRefused() {
        Fixtures.as(Fixtures.campaignManager()).queryParam("unitcode", "DJI").get("/api/v1/stories")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("unitcode"))
                .body("invalidParams[0].reason", containsString("unitCode"));
        Fixtures.as(Fixtures.campaignManager()).queryParam("unitCode", "DJI").get("/api/v1/stories").then().statusCode(200);
    }
}
