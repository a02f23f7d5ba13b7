package nl.jobbranding.gateway;

import io.restassured.RestAssured;

import java.time.Duration;
import java.time.Instant;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;

/**
 * After a test stopped or froze a service: waits until the gateway is ready and reaches both services again (its
 * circuit breakers closed), so that the next test starts with a working system, whatever the order.
 */
final class Recovery {

    private static final Duration AT_MOST = Duration.ofSeconds(45);

    private Recovery() {
    }

    static void awaitAllWell() {
        Instant until = Instant.now().plus(AT_MOST);
        int wellInARow = 0;
        while (Instant.now().isBefore(until)) {
            boolean well = RestAssured.given().get("/q/health/ready").statusCode() == 200
                    && RestAssured.given().get("/api/v1/workflow").statusCode() == 200
                    && RestAssured.given().get("/api/v1/published-stories?limit=1").statusCode() == 200
                    && as(campaignManager()).get("/api/v1/channels?limit=1").statusCode() == 200;
            // Calls still running from the fault may fail late and open a breaker again: well three times in a row.
            wellInARow = well ? wellInARow + 1 : 0;
            if (wellInARow == 3) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The gateway did not recover within " + AT_MOST);
    }
}
