package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.decide;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.review;
import static nl.jobbranding.content.Fixtures.storyInput;
import static nl.jobbranding.content.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Operations see what the service does: HTTP and database metrics, and the business metrics, in Prometheus format. */
@QuarkusTest
class MetricsTest {

    @Test
    void businessHttpAndDatabaseMetricsArePublished() {
        Fixtures.Setting setting = activeSeries(false);
        String id = as(editor(setting.unitCode())).body(storyInput(setting, content(setting, "Een nachtdienst",
                        "Mijn BSN is 123456782, schreef ik per ongeluk.\nDat mag niet.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        String reviewer = communityManager("Metrics");
        transition(id, reviewer, "claim").then().statusCode(200);
        decide(id, reviewer, review(setting, 1, "concern", "request-changes", "Haal het nummer weg.")).then().statusCode(201);

        String metrics = scrape();
        assertTrue(value(metrics, "jobbranding_prescreen_findings_total\\{severity=\"block\",value=\"careful\"}") >= 1, metrics);
        assertTrue(value(metrics, "jobbranding_review_lead_time_seconds_count\\{decision=\"request-changes\"}") >= 1);
        assertTrue(metrics.contains("jobbranding_moderation_queue_size"), "queue size");
        assertTrue(metrics.contains("jobbranding_moderation_queue_oldest_age_seconds"), "queue age");
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP metrics");
        assertTrue(metrics.contains("agroal_"), "database pool metrics");

        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (value(scrape(), "jobbranding_stories\\{state=\"changes-requested\"}") < 1 && Instant.now().isBefore(until)) {
            sleep();
        }
        assertTrue(value(scrape(), "jobbranding_stories\\{state=\"changes-requested\"}") >= 1, "stories per state, refreshed");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
