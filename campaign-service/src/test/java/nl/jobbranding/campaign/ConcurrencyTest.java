package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.jobbranding.campaign.TestData.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrencyTest {

    /** Many people change the same version at once: exactly one wins, every other gets 412, nothing is lost silently. */
    @Test
    void parallelUpdatesOfOneVersionHaveOneWinner() throws Exception {
        String id = TestData.createCampaign(List.of(), List.of());
        Map<String, Object> original = given().get("/api/v1/campaigns/" + id).then().extract().jsonPath().getMap("");
        int writers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String tagline = "Versie van schrijver " + i;
            results.add(pool.submit(() -> {
                Map<String, Object> body = TestData.campaign(original.get("name").toString(), List.of(), List.of());
                body.put("tagline", tagline);
                start.await();
                return given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                        .put("/api/v1/campaigns/" + id).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "one winner: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 412), "the others are told: " + statuses);
        given().get("/api/v1/campaigns/" + id).then().header("ETag", "\"1\"")
                .body("tagline", org.hamcrest.Matchers.startsWith("Versie van schrijver"))
                .body("values.size()", equalTo(4));
    }

    /** Two people create the same code at once: one gets 201, the other a 409 problem, never a 500. */
    @Test
    void parallelCreatesOfOneCodeHaveOneWinner() throws Exception {
        String code = TestData.unique("race");
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).body(TestData.channel(code)).post("/api/v1/channels").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one winner: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "the others get a conflict: " + statuses);
    }
}
