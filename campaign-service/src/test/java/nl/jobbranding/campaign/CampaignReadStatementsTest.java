package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.campaign.TestData.campaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createTargetGroup;
import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14: reading one campaign costs one SQL statement (it took five: the campaign and its four collections, read one
 * after another), and the answer is the same as the one the entity gives: values and terms in their order, target
 * groups and channels sorted, the same version and timestamps. Hibernate's statistics (on with its metrics) show that
 * Hibernate itself prepares nothing and loads no entity or collection: the one statement is plain JDBC.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class CampaignReadStatementsTest {

    @Inject
    SessionFactory sessions;

    @Test
    void aCampaignIsReadInOneStatementWithTheAnswerTheEntityGives() {
        List<String> channels = new ArrayList<>(List.of(createChannel(), createChannel(), createChannel()));
        List<String> groups = new ArrayList<>(List.of(createTargetGroup(), createTargetGroup()));
        Map<String, Object> body = campaign(unique("Campagne"), channels, groups);
        body.put("values", List.of(Map.of("code", "inclusive", "name", "Inclusief", "guidance", "Iedereen is welkom.")));
        body.put("screeningTerms", List.of(
                Map.of("phrase", "topsport", "value", "inclusive", "severity", "warn", "language", "nl", "note", "Alleen sporters."),
                Map.of("phrase", "rockstar", "value", "just", "severity", "info")));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id");
        body.put("status", "active");
        // The answer to a change is mapped from the entity (its collections loaded by Hibernate).
        Map<String, Object> fromEntity = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/campaigns/" + id).then().statusCode(200).extract().jsonPath().getMap("");

        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        Map<String, Object> read = given().get("/api/v1/campaigns/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").extract().jsonPath().getMap("");
        // The one statement is JDBC's on the session's connection; Hibernate prepares none of its own, so neither the
        // campaign nor any of its collections is loaded (that took five statements).
        assertEquals(0, statistics.getPrepareStatementCount(), "statements Hibernate prepared to read one campaign");
        assertEquals(0, statistics.getCollectionFetchCount() + statistics.getEntityLoadCount(), "entities and collections loaded");
        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "query plans looked up and not found");

        assertEquals(without(fromEntity, "updatedAt"), without(read, "updatedAt"));
        // The change's answer carries the clock's time; the database keeps microseconds.
        assertEquals(Instant.parse((String) fromEntity.get("updatedAt")).truncatedTo(ChronoUnit.MICROS),
                Instant.parse((String) read.get("updatedAt")));
        given().get("/api/v1/campaigns/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> without(Map<String, Object> answer, String field) {
        Map<String, Object> copy = new HashMap<>(answer);
        copy.remove(field);
        return copy;
    }
}
