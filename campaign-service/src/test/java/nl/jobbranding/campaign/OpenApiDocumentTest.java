package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.ApiDesignRules;
import nl.jobbranding.runtime.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
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
        String document = given().when().get("/api/v1/openapi.json").then().statusCode(200).extract().asString();
        assumeTrue(ApiDesignRules.available(), "NL API Design Rules NOT CHECKED: Spectral needs Node.js and npm, "
                + "which this machine lacks (CI always checks)");

        List<ApiDesignRules.Finding> findings = ApiDesignRules.lint(document);

        findings.forEach(f -> System.out.println("NL API Design Rules: " + f));
        List<ApiDesignRules.Finding> errors = findings.stream().filter(f -> f.severity().equals("error")).toList();
        assertEquals(List.of(), errors, "The NL API Design Rules ruleset reports errors");
    }
}
