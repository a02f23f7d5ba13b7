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
import static nl.jobbranding.campaign.TestData.createCampaign;
import static nl.jobbranding.campaign.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class TargetGroupApiTest {

    @Test
    void createUpdateAndDelete() {
        String code = unique("tg");
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Zij-instromers"))
                .when().post("/api/v1/target-groups")
                .then().statusCode(201).header("ETag", "\"0\"").body("name", equalTo("Zij-instromers"));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", code, "name", "Zij-instromers", "description", "Met werkervaring elders."))
                .when().put("/api/v1/target-groups/" + code)
                .then().statusCode(200).body("description", equalTo("Met werkervaring elders."));

        given().header("If-Match", "\"0\"").when().delete("/api/v1/target-groups/" + code)
                .then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete("/api/v1/target-groups/" + code)
                .then().statusCode(204);
    }

    @Test
    void targetGroupOfACampaignCannotBeDeleted() {
        String code = TestData.createTargetGroup();
        createCampaign(List.of(), List.of(code));
        given().when().delete("/api/v1/target-groups/" + code)
                .then().statusCode(409).body("detail", containsString("used by 1"));
    }

    @Test
    void textADatabaseCannotStoreIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("code", unique("tg"), "name", "Zij\u0000instromers"))
                .when().post("/api/v1/target-groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + unique("tg") + "\", \"name\": \"Zij\\ud800\"}")
                .when().post("/api/v1/target-groups")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("name"))
                .body("invalidParams[0].reason", containsString("surrogate"));
    }
}
