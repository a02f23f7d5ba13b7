package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.ApiDesignRules;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;


import static nl.jobbranding.campaign.TestData.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    @Test
    void documentIsPublishedForAnyOrigin() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("servers[0].url", equalTo("/api/v1"))
                .body("paths", hasKey("/channels"))
                .body("paths", hasKey("/channels/{code}"));
    }

    @Test
    void followsTheNlApiDesignRules() throws Exception {
        ApiDesignRules.check(given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }
}
