package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.ApiDesignRules;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
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

    @Test
    void followsTheNlApiDesignRules() throws Exception {
        ApiDesignRules.check(given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }
}
