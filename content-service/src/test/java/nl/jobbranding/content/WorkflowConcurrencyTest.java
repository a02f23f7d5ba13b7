package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.transition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps that race (issue 13, items 10 and 17): consent withdrawal against publication, and a submission waiting for a
 * slow campaign-service against another change of the same story.
 */
@QuarkusTest
class WorkflowConcurrencyTest {

    private static final int ROUNDS = 100;

    @Inject
    TestClock clock;

    @Test
    void noPublishedStoryFeaturesAPersonWhoseConsentWasWithdrawn() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String manager = campaignManager();
        List<String[]> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            String person = person(setting, editor, "Persoon" + i);
            rounds.add(new String[] {approvedStoryFeaturing(setting, person), person});
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> wrong = new ArrayList<>();
        int published = 0;
        try {
            for (String[] round : rounds) {
                String story = round[0];
                String person = round[1];
                String etag = Fixtures.etag(story);
                CyclicBarrier barrier = new CyclicBarrier(2);
                Future<Response> publish = pool.submit(() -> {
                    barrier.await();
                    return as(manager).header("If-Match", etag).body(Map.of("action", "publish"))
                            .post("/api/v1/stories/" + story + "/transitions");
                });
                Future<Response> withdraw = pool.submit(() -> {
                    barrier.await();
                    return as(editor).body(Map.of("reason", "Wil niet meer online."))
                            .post("/api/v1/featured-people/" + person + "/consent-withdrawal");
                });
                int publishStatus = publish.get(30, TimeUnit.SECONDS).statusCode();
                int withdrawStatus = withdraw.get(30, TimeUnit.SECONDS).statusCode();
                assertTrue(publishStatus == 200 || publishStatus == 409, "publish answered " + publishStatus);
                assertEquals(200, withdrawStatus, "the withdrawal always goes through");
                String state = as(manager).get("/api/v1/stories/" + story).then().statusCode(200).extract().path("state");
                if (state.equals("published")) {
                    wrong.add(story);
                }
                if (publishStatus == 200) {
                    published++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("Consent race: " + ROUNDS + " rounds, publication first in " + published
                + ", withdrawal first in " + (ROUNDS - published) + "; stories left published: " + wrong.size());
        assertEquals(List.of(), wrong, "stories published with a withdrawn person");
    }

    @Test
    void aSubmissionWaitingForCampaignServiceHoldsNoLockOnTheStory() throws Exception {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        String id = Fixtures.createStory(setting);
        String etag = Fixtures.etag(id);
        ServiceTestResource.freeze(ContentTestResources.CAMPAIGN_SERVICE);
        CompletableFuture<Response> submission;
        try {
            submission = CompletableFuture.supplyAsync(() -> as(editor).header("If-Match", etag)
                    .body(Map.of("action", "submit")).post("/api/v1/stories/" + id + "/transitions"));
            Thread.sleep(700);
            Map<String, Object> content = Fixtures.content(setting, "Een nachtdienst, herzien", "Om elf uur begint mijn dienst.");
            long started = System.nanoTime();
            as(editor).header("If-Match", etag).body(Fixtures.storyInput(setting, content)).put("/api/v1/stories/" + id)
                    .then().statusCode(200);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("Revision while a submission waits for campaign-service: " + millis + " ms");
            assertTrue(millis < 1_500, "the revision waited " + millis + " ms for the submission's lock");
        } finally {
            ServiceTestResource.thaw(ContentTestResources.CAMPAIGN_SERVICE);
        }
        int status = submission.get(60, TimeUnit.SECONDS).statusCode();
        assertTrue(status == 412 || status == 503, "the submission of the older version answers " + status);
        as(campaignManager()).get("/api/v1/stories/" + id).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("draft"));
        Fixtures.awaitSubmissionsWork(setting);
    }

    private String person(Fixtures.Setting setting, String editor, String name) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return as(editor).body(Map.of("unitCode", setting.unitCode(), "name", name, "consentScope", "Voornaam.",
                        "channels", setting.channels(), "givenOn", today.minusDays(1).toString(),
                        "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
    }

    private static String approvedStoryFeaturing(Fixtures.Setting setting, String person) {
        Map<String, Object> content = Fixtures.content(setting, "Met een collega", "Een verhaal over het team.");
        content.put("featuredPeople", List.of(person));
        String id = as(editor(setting.unitCode())).body(Fixtures.storyInput(setting, content))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        transition(id, communityManager("Fatima"), "claim").then().statusCode(200);
        Fixtures.decide(id, communityManager("Fatima"), Fixtures.review(setting, 1, "meets", "approve", null))
                .then().statusCode(201);
        return id;
    }
}
