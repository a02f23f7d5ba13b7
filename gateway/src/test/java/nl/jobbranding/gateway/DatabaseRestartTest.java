package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.jobbranding.runtime.LocalPostgres;
import nl.jobbranding.runtime.TestPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 16, end to end: the PostgreSQL server both services use is really stopped (a fast shutdown) and
 * started again a few seconds later while writes go through the gateway to both services. Every write the gateway
 * acknowledged is there afterwards, every failure meanwhile is a 503 problem with Retry-After, and both services
 * accept writes again soon after the database is back, without being restarted.
 */
@QuarkusTest
class DatabaseRestartTest {

    private static final long DOWN_MILLIS = 3_000;

    private record Outcome(List<String> acknowledged, List<String> failures, long firstSuccessAfterReturnMillis) {
    }

    @Test
    void writesThroughTheGatewaySurviveARestartOfPostgres() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "needs the test run's own PostgreSQL, which the test stops and starts");
        // On a busy build machine a service's very first write can outlast the gateway's time limit: warm both up first.
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (as(campaignManager()).body(Map.of("code", "tg-warm-" + UUID.randomUUID().toString().substring(0, 8), "name", "Warm"))
                .post("/api/v1/target-groups").statusCode() != 201 && System.nanoTime() < warmUntil) {
            Thread.sleep(500);
        }
        CampaignStoryEndToEndTest.Campaign setting = CampaignStoryEndToEndTest.campaign();
        PublicFeedTest.publish(setting, "Opwarmen");
        String editorToken = editor(setting.unit());
        LocalPostgres postgres = TestPostgres.shared();

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong returnedAt = new AtomicLong(Long.MAX_VALUE);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        Future<Outcome> targetGroups = writers.submit(() -> write(writing, returnedAt, () -> {
            String code = "tg-" + UUID.randomUUID().toString().substring(0, 12);
            Response answer = as(campaignManager()).body(Map.of("code", code, "name", "Herstart " + code)).post("/api/v1/target-groups");
            return new Attempt(answer, code);
        }));
        Future<Outcome> stories = writers.submit(() -> write(writing, returnedAt, () -> {
            Map<String, Object> story = new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(),
                    "content", CampaignStoryEndToEndTest.content(setting, "Tijdens een herstart", "Het werk gaat door.")));
            Response answer = as(editorToken).body(story).post("/api/v1/stories");
            return new Attempt(answer, answer.statusCode() == 201 ? answer.path("id") : null);
        }));
        try {
            Thread.sleep(1_500);
            postgres.stopFast();
            long downSince = System.nanoTime();
            readinessDuringOutage = readinessWhileDown(downSince);
            Thread.sleep(Math.max(0, DOWN_MILLIS - (System.nanoTime() - downSince) / 1_000_000));
            postgres.startAgain();
            returnedAt.set(System.nanoTime());
            Thread.sleep(4_000);
        } finally {
            writing.set(false);
            writers.shutdown();
        }
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        // The gateway reports each service's own readiness (not just whether it accepts connections), staying ready itself.
        assertTrue(readinessDuringOutage.startsWith("DOWN"), "the gateway's readiness during the outage reported campaign-service as "
                + readinessDuringOutage);
        check("target group", targetGroups.get(), code -> as(campaignManager()).get("/api/v1/target-groups/" + code));
        check("story", stories.get(), id -> as(campaignManager()).get("/api/v1/stories/" + id));
    }

    private record Attempt(Response answer, String created) {
    }

    private String readinessDuringOutage = "not asked";

    /**
     * The gateway's readiness while the database is down, asked until it reports campaign-service (whose own readiness
     * checks its database) as down, for at most the outage: the gateway itself answers 200 (it still serves what it can).
     */
    private static String readinessWhileDown(long downSince) throws InterruptedException {
        String state = "not asked";
        while ((System.nanoTime() - downSince) / 1_000_000 < DOWN_MILLIS - 200) {
            Response ready = io.restassured.RestAssured.given().get("/q/health/ready");
            state = ready.statusCode() + " " + ready.path("checks.find { it.name == 'Services behind the gateway' }.data.'campaign-service'");
            if (ready.statusCode() == 200 && state.startsWith("200 DOWN")) {
                return state.substring(4);
            }
            Thread.sleep(100);
        }
        return state;
    }

    private static Outcome write(AtomicBoolean writing, AtomicLong returnedAt, java.util.concurrent.Callable<Attempt> one) throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = new ArrayList<>();
        long firstAfterReturn = -1;
        while (writing.get()) {
            long sent = System.nanoTime();
            Attempt attempt = one.call();
            Response answer = attempt.answer();
            if (answer.statusCode() == 201) {
                acknowledged.add(attempt.created());
                if (firstAfterReturn < 0 && sent >= returnedAt.get()) {
                    firstAfterReturn = (System.nanoTime() - returnedAt.get()) / 1_000_000;
                }
            } else {
                failures.add(answer.statusCode() + " " + answer.contentType() + " Retry-After=" + answer.header("Retry-After")
                        + " " + answer.asString());
                Thread.sleep(100);
            }
        }
        return new Outcome(acknowledged, failures, firstAfterReturn);
    }

    private static void check(String what, Outcome outcome, Function<String, Response> read) {
        System.out.printf("PostgreSQL restart, %s writes: %d acknowledged, %d refused during the outage, first acknowledged %d ms after "
                + "the database was back%n", what, outcome.acknowledged().size(), outcome.failures().size(), outcome.firstSuccessAfterReturnMillis());
        assertTrue(outcome.firstSuccessAfterReturnMillis() >= 0, what + ": no write was acknowledged after the database came back");
        assertTrue(!outcome.failures().isEmpty(), what + ": the outage was noticed");
        for (String failure : outcome.failures()) {
            assertTrue(failure.startsWith("503 application/problem+json Retry-After=") && !failure.contains("Retry-After=null"),
                    what + ": a write during the outage got " + failure);
        }
        for (String created : outcome.acknowledged()) {
            assertNotNull(created, what + " acknowledged without an id");
            Response stored = read.apply(created);
            assertEquals(200, stored.statusCode(), what + " " + created + " was acknowledged but is not there: " + stored.asString());
        }
    }
}
