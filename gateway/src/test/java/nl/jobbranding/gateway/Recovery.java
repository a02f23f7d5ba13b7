package nl.jobbranding.gateway;

import io.restassured.RestAssured;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static org.awaitility.Awaitility.await;

/**
 * After a test stopped or froze a service: waits until the gateway is ready and reaches both services again (its
 * circuit breakers closed), so that the next test starts with a working system, whatever the order.
 */
final class Recovery {

    private static final Duration AT_MOST = Duration.ofSeconds(45);

    private Recovery() {
    }

    static void awaitAllWell() {
        // Calls still running from the fault may fail late and open a breaker again: well three times in a row.
        AtomicInteger wellInARow = new AtomicInteger();
        await("the gateway reaches both services again").atMost(AT_MOST).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (well()) {
                        return wellInARow.incrementAndGet() >= 3;
                    }
                    wellInARow.set(0);
                    return false;
                });
    }

    private static boolean well() {
        return RestAssured.given().get("/q/health/ready").statusCode() == 200
                && RestAssured.given().get("/api/v1/workflow").statusCode() == 200
                && RestAssured.given().get("/api/v1/published-stories?limit=1").statusCode() == 200
                && as(campaignManager()).get("/api/v1/channels?limit=1").statusCode() == 200;
    }
}
