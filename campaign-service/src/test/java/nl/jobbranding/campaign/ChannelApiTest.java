package nl.jobbranding.campaign;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.channel;
import static nl.jobbranding.campaign.TestData.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = io.quarkus.test.common.TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = io.quarkus.test.common.TestResourceScope.GLOBAL)
class ChannelApiTest {

    @Test
    void createReadUpdateDelete() {
        String code = unique("ch");
        String location = given().contentType(ContentType.JSON).body(channel(code))
                .when().post("/api/v1/channels")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/channels/" + code))
                .header("ETag", "\"0\"")
                .header("API-Version", "1.0.0")
                .body("code", equalTo(code))
                .body("audience.formats", containsInAnyOrder("text-post", "short-video"))
                .body("audience.hashtagPolicy", equalTo("optional"))
                .body("createdAt", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("audience.maxLength", equalTo(3000));

        Map<String, Object> changed = channel(code);
        changed.put("name", "LinkedIn (NL)");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(location)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("LinkedIn (NL)"));

        given().when().get(location).then().statusCode(200).body("name", equalTo("LinkedIn (NL)"));

        given().when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString(code));
    }

    @Test
    void conditionalGetAnswersNotModified() {
        String code = unique("ch");
        given().contentType(ContentType.JSON).body(channel(code)).post("/api/v1/channels").then().statusCode(201);

        given().header("If-None-Match", "\"0\"").when().get("/api/v1/channels/" + code)
                .then().statusCode(304).header("ETag", "\"0\"");
    }

    @Test
    void staleUpdateIsRefusedAndChangesNothing() {
        String code = unique("ch");
        given().contentType(ContentType.JSON).body(channel(code)).post("/api/v1/channels").then().statusCode(201);
        Map<String, Object> first = channel(code);
        first.put("name", "First writer");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first)
                .put("/api/v1/channels/" + code).then().statusCode(200);

        Map<String, Object> second = channel(code);
        second.put("name", "Second writer, stale");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second)
                .when().put("/api/v1/channels/" + code)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("title", equalTo("Version mismatch"));

        given().when().get("/api/v1/channels/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("First writer"));
    }

    @Test
    void updateWithoutIfMatchIsRefused() {
        String code = unique("ch");
        given().contentType(ContentType.JSON).body(channel(code)).post("/api/v1/channels").then().statusCode(201);

        given().contentType(ContentType.JSON).body(channel(code))
                .when().put("/api/v1/channels/" + code)
                .then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = unique("ch");
        given().contentType(ContentType.JSON).body(channel(code)).post("/api/v1/channels").then().statusCode(201);

        given().contentType(ContentType.JSON).body(channel(code))
                .when().post("/api/v1/channels")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    void validationNamesEveryInvalidField() {
        Map<String, Object> body = channel("Not A Code");
        @SuppressWarnings("unchecked")
        Map<String, Object> audience = (Map<String, Object>) body.get("audience");
        audience.put("maxLength", 0);
        audience.remove("tone");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("invalidParams.name", containsInAnyOrder("audience.maxLength", "audience.tone", "code"));
    }

    @Test
    void ruleAcrossFieldsIsAValidationProblem() {
        Map<String, Object> body = channel(unique("ch"));
        @SuppressWarnings("unchecked")
        Map<String, Object> audience = (Map<String, Object>) body.get("audience");
        audience.put("hashtagPolicy", "none");
        audience.put("maxHashtags", 3);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("audience.maxHashtags"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Map<String, Object> body = channel(unique("ch"));
        @SuppressWarnings("unchecked")
        Map<String, Object> audience = (Map<String, Object>) body.get("audience");
        audience.put("hashtagPolicy", "sometimes");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("audience.hashtagPolicy"))
                .body("invalidParams[0].reason", containsString("none, optional, required"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .when().post("/api/v1/channels")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void wrongTypeIsABadRequestNamingTheField() {
        Map<String, Object> body = channel(unique("ch"));
        @SuppressWarnings("unchecked")
        Map<String, Object> audience = (Map<String, Object>) body.get("audience");
        audience.put("maxLength", "long");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("audience.maxLength"));
    }

    @Test
    void bodyOfTheWrongShapeIsABadRequest() {
        given().contentType(ContentType.JSON).body("[1, 2]")
                .when().post("/api/v1/channels")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("must be a JSON object"));
    }

    @Test
    void nullInASetIsNamedByTheSet() {
        Map<String, Object> body = channel(unique("ch"));
        @SuppressWarnings("unchecked")
        Map<String, Object> audience = (Map<String, Object>) body.get("audience");
        audience.put("formats", java.util.Arrays.asList("photo", null));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("audience.formats"));
    }

    @Test
    void missingBodyIsABadRequest() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/channels")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("body"));
    }

    @Test
    void oversizedBodyIsRefused() {
        Map<String, Object> body = channel(unique("ch"));
        body.put("name", "x".repeat(300_000));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/channels")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("larger than this API accepts"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
