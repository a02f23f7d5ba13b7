package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.campaignService;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.storyInput;
import static nl.jobbranding.content.Fixtures.transition;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Submissions are checked against the real campaign-service: unknown and closed series, and campaign-service down. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignServiceDependencyTest {

    @Test
    void aStoryOfAnUnknownSeriesIsRefusedOnSubmission() {
        Fixtures.Setting real = activeSeries(false);
        Fixtures.Setting unknown = new Fixtures.Setting(real.campaignId(), "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f",
                real.unitCode(), real.channels());
        String id = createStory(unknown);
        transition(id, editor(real.unitCode()), "submit").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Unknown series"));
        as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("draft"));
    }

    @Test
    void aStoryOfAnEndedSeriesOrAnotherUnitsSeriesIsRefused() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        Map<String, Object> series = new HashMap<>(campaignService().get("/api/v1/series/" + setting.seriesId()).then()
                .statusCode(200).extract().jsonPath().getMap(""));
        String etag = campaignService().get("/api/v1/series/" + setting.seriesId()).header("ETag");
        // Written back as a SeriesInput: the representation's read-only fields are not fields of the input (400).
        series.keySet().retainAll(java.util.Set.of("campaignId", "unitCode", "name", "description", "format", "channels",
                "targetGroups", "storiesPerMonth"));
        series.put("status", "ended");
        campaignService().header("If-Match", etag).body(series).put("/api/v1/series/" + setting.seriesId()).then().statusCode(200);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(409)
                .body("title", equalTo("Series not active")).body("detail", containsString("ended"));

        Fixtures.Setting other = activeSeries(false);
        Fixtures.Setting mixed = new Fixtures.Setting(other.campaignId(), other.seriesId(), setting.unitCode(), other.channels());
        String foreign = as(editor(setting.unitCode())).body(storyInput(mixed, content(mixed, "Titel", "Tekst.")))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(foreign, editor(setting.unitCode()), "submit").then().statusCode(409)
                .body("title", equalTo("Series of another unit"));
    }

    /**
     * Issue 13, item 10: a refusal is an answer. When campaign-service refuses content-service's call (401: it does not
     * take the token's audience; 403: it does not let the caller read series), the call is made once, never retried,
     * and the user gets a 502 problem without Retry-After that says so (a misconfiguration between the services does not
     * pass by itself), with the story unchanged. campaign-service's own access log counts
     * the calls. Waits until submissions work again before it ends.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aRefusalByCampaignServiceIsAskedOnceAndChangesNothing() {
        Fixtures.Setting setting = activeSeries(false);
        // written before, as saving a draft asks campaign-service for the series too (once, for a warning)
        String first = createStory(setting);
        String second = createStory(setting);
        try {
            ServiceTestResource.restart(ContentTestResources.CAMPAIGN_SERVICE, Map.of("MP_JWT_VERIFY_AUDIENCES", "another-api"));
            awaitCampaignServiceAnswers(setting);
            submissionIsRefusedAfterOneCall(setting, first, 401);
            ServiceTestResource.restart(ContentTestResources.CAMPAIGN_SERVICE, Map.of("JAVA_TOOL_OPTIONS",
                    "-Dquarkus.http.auth.permission.refuse-series.paths=/api/v1/series/* "
                            + "-Dquarkus.http.auth.permission.refuse-series.policy=deny"));
            awaitCampaignServiceAnswers(setting);
            submissionIsRefusedAfterOneCall(setting, second, 403);
        } finally {
            ServiceTestResource.restart(ContentTestResources.CAMPAIGN_SERVICE);
            Fixtures.awaitSubmissionsWork(setting);
        }
    }

    /**
     * Waits until content-service reaches the restarted campaign-service again (the circuit breaker, opened while it was
     * away, lets calls through), with a screening that asks for the unit and channels but not the series.
     */
    private static void awaitCampaignServiceAnswers(Fixtures.Setting setting) {
        await("content-service reaches campaign-service again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    io.restassured.response.Response screening = as(editor(setting.unitCode())).body(Map.of("unitCode",
                            setting.unitCode(), "content", content(setting, "Titel", "Tekst."))).post("/api/v1/screenings");
                    return screening.statusCode() == 200 || screening.asString().contains("refused");
                });
    }

    private static void submissionIsRefusedAfterOneCall(Fixtures.Setting setting, String id, int refusal) {
        String version = Fixtures.etag(id);
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(502)
                .contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("detail", containsString("campaign-service refused"))
                .body("detail", containsString("(" + refusal + ")"));
        String seriesCall = "\"GET /api/v1/series/" + setting.seriesId();
        // the access log line appears, and no second call (a retry) follows it within half a second
        await().atMost(Duration.ofSeconds(2)).until(() -> seriesCalls(seriesCall) > 0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).untilAsserted(() -> org.junit.jupiter.api.Assertions
                .assertEquals(1, seriesCalls(seriesCall), "requests for the series in campaign-service's access log (a retry?)"));
        List<String> asked = ServiceTestResource.log(ContentTestResources.CAMPAIGN_SERVICE).lines()
                .filter(line -> line.contains(seriesCall)).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, asked.size(), "campaign-service was asked for the series once: " + asked);
        org.junit.jupiter.api.Assertions.assertTrue(asked.get(0).contains("\" " + refusal + " "), "and refused it: " + asked);
        as(campaignManager()).get("/api/v1/stories/" + id).then().statusCode(200).header("ETag", equalTo(version))
                .body("state", equalTo("draft"));
        as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then().body("items.action", equalTo(List.of("create")));
    }

    /** The requests in campaign-service's access log ({@code %h "%r" %s ...}) that start as given. */
    private static long seriesCalls(String request) {
        return ServiceTestResource.log(ContentTestResources.CAMPAIGN_SERVICE).lines().filter(line -> line.contains(request)).count();
    }

    /** Runs last in this class, and waits until submissions work again before it ends. */
    @Test
    @Order(Integer.MAX_VALUE)
    void whileCampaignServiceIsDownASubmissionGetsA503AndChangesNothing() {
        Fixtures.Setting setting = activeSeries(false);
        String id = createStory(setting);
        ServiceTestResource.stop(ContentTestResources.CAMPAIGN_SERVICE);
        try {
            long started = System.nanoTime();
            transition(id, editor(setting.unitCode()), "submit").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("campaign-service"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            org.junit.jupiter.api.Assertions.assertTrue(millis < 15_000, "answered in " + millis + " ms");
            as(campaignManager()).get("/api/v1/stories/" + id).then().body("state", equalTo("draft"));
            as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then().body("items.action", equalTo(List.of("create")));
        } finally {
            ServiceTestResource.restart(ContentTestResources.CAMPAIGN_SERVICE);
            Fixtures.awaitSubmissionsWork(setting);
        }
    }
}
