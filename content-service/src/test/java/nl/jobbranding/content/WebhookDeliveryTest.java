package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.jobbranding.content.service.PublicationJob;
import nl.jobbranding.runtime.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static nl.jobbranding.content.Fixtures.transition;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks through HTTP to real receivers started by the test: every event delivered, signed and verifiable, in order
 * per story; a receiver that was down gets everything once back; a delivery claimed by an instance that stopped is
 * sent again when the claim expires (same webhook-id); a subscription failing for long is disabled with its reason.
 * (The test profile retries after 0.2 s doubling to 1 s, claims for 4 s and disables after 15 s of failure.)
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    TestClock clock;

    @Inject
    PublicationJob job;

    @Test
    void everyEventIsDeliveredSignedVerifiableAndInOrderPerStory() throws Exception {
        try (TestReceiver receiver = new TestReceiver().start()) {
            Response subscribed = subscribe(receiver.url(), allEventTypes());
            String secret = subscribed.path("secret");
            assertTrue(secret.startsWith("whsec_"), secret);

            EventsTest.Stories stories = EventsTest.everyKindOfEvent(clock, job);

            await().atMost(PATIENCE).untilAsserted(() -> stories.expected().forEach((subject, types) ->
                    assertEquals(types, receiver.typesOf(subject), subject)));
            Set<String> fromFeed = new HashSet<>();
            EventsTest.readToEnd("").events().forEach(e -> fromFeed.add((String) e.get("id")));
            for (TestReceiver.Received received : receiver.received) {
                assertTrue(received.signedWith(secret), "signature of " + received.id());
                assertEquals(received.id(), received.json().getString("id"), "webhook-id is the event's id");
                assertTrue(fromFeed.contains(received.id()), "the same event as in /events: " + received.id());
                assertTrue(Math.abs(Long.parseLong(received.timestamp()) - System.currentTimeMillis() / 1000) < 300);
            }
            // The secret is answered once.
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscribed.path("id")).then().statusCode(200)
                    .body("secret", nullValue()).body("status", equalTo("active"));
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscribed.path("id") + "/deliveries?limit=100").then()
                    .statusCode(200).body("items.status", everyItem(equalTo("delivered")));
        }
    }

    @Test
    void aReceiverThatWasDownGetsEveryEventOnceItIsBackAndRedeliveryRepeatsTheSameId() throws Exception {
        try (TestReceiver receiver = new TestReceiver().start()) {
            receiver.stop();
            String subscription = subscribe(receiver.url(), List.of("story.submitted", "story.claimed", "story.released"))
                    .path("id");
            Fixtures.Setting setting = activeSeries(false);
            String first = submittedStory(setting);
            String second = submittedStory(setting);
            transition(first, communityManager("Fatima"), "claim").then().statusCode(200);
            transition(first, communityManager("Fatima"), "release").then().statusCode(200);

            await().atMost(PATIENCE).untilAsserted(() -> as(campaignManager())
                    .get(SUBSCRIPTIONS + "/" + subscription + "/deliveries?limit=100").then()
                    .body("items.find { it.subjectId == '" + first + "' && it.eventType == 'story.submitted' }.attempts",
                            greaterThan(1))
                    .body("items.find { it.subjectId == '" + first + "' && it.eventType == 'story.submitted' }"
                            + ".recentAttempts[0].error", startsWith("No answer")));
            // Later events of the same story wait behind the first: none of them was tried yet.
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription + "/deliveries?limit=100").then()
                    .body("items.find { it.subjectId == '" + first + "' && it.eventType == 'story.claimed' }.attempts",
                            equalTo(0));
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription).then().body("failingSince", not(nullValue()));

            receiver.start();
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertEquals(List.of("story.submitted", "story.claimed", "story.released"), receiver.typesOf(first));
                assertEquals(List.of("story.submitted"), receiver.typesOf(second));
            });
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription).then().body("failingSince", nullValue())
                    .body("status", equalTo("active"));

            Map<String, Object> delivery = as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription + "/deliveries?limit=100")
                    .then().extract().jsonPath().getMap("items.find { it.subjectId == '" + second + "' }");
            String eventId = (String) delivery.get("eventId");
            as(campaignManager()).post(SUBSCRIPTIONS + "/" + subscription + "/deliveries/" + delivery.get("id") + "/redelivery")
                    .then().statusCode(200).body("status", equalTo("pending"));
            await().atMost(PATIENCE).until(() -> receiver.received.stream().filter(r -> r.id().equals(eventId)).count() == 2);
        }
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatStoppedIsSentAgainWhenTheClaimExpires() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "claims are forged on the test run's own PostgreSQL, whose owner role the test knows");
        try (TestReceiver receiver = new TestReceiver().start()) {
            String subscription = subscribe(receiver.url(), List.of("story.submitted", "story.claimed")).path("id");
            Fixtures.Setting setting = activeSeries(false);
            String delivered = submittedStory(setting);
            await().atMost(PATIENCE).until(() -> receiver.typesOf(delivered).equals(List.of("story.submitted")));

            // An instance that sent this delivery and stopped before recording it: pending, claimed until 3 s from now.
            // And one that claimed the next story's event and stopped before sending it.
            receiver.answer(503);
            String claimedOnly = submittedStory(setting);
            await().atMost(PATIENCE).untilAsserted(() -> as(campaignManager())
                    .get(SUBSCRIPTIONS + "/" + subscription + "/deliveries?limit=100").then()
                    .body("items.find { it.subjectId == '" + claimedOnly + "' }.attempts", greaterThan(0)));
            String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
            try (Connection owner = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
                 Statement sql = owner.createStatement()) {
                sql.executeUpdate("update webhook_delivery set status = 'PENDING', delivered_at = null, next_attempt_at = now(), "
                        + "claimed_until = now() + interval '3 seconds', claim_token = gen_random_uuid() "
                        + "where subscription_id = '" + subscription + "'");
            }
            receiver.answer(204);
            transition(delivered, communityManager("Fatima"), "claim").then().statusCode(200);
            long claimedAt = System.nanoTime();

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertEquals(List.of("story.submitted"), receiver.typesOf(claimedOnly));
                assertEquals(List.of("story.submitted", "story.claimed"), receiver.typesOf(delivered));
            });
            assertTrue(System.nanoTime() - claimedAt > Duration.ofSeconds(2).toNanos(), "nothing was sent while claimed");
            long copies = receiver.received.stream().filter(r -> r.subject().equals(delivered)
                    && r.json().getString("type").equals("story.submitted")).map(TestReceiver.Received::id).distinct().count();
            assertEquals(1, copies, "a repeated delivery carries the same webhook-id");
        }
    }

    @Test
    void aSubscriptionFailingForLongIsDisabledWithTheReasonAndCatchesUpWhenActiveAgain() throws Exception {
        try (TestReceiver receiver = new TestReceiver().start()) {
            receiver.answer(503);
            Response subscribed = subscribe(receiver.url(), List.of("story.submitted"));
            String subscription = subscribed.path("id");
            String story = submittedStory(activeSeries(false));

            await().atMost(PATIENCE).untilAsserted(() -> as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription).then()
                    .body("status", equalTo("disabled")).body("disabledReason", containsString("HTTP 503")));
            receiver.answer(204);
            Response current = as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscription);
            as(campaignManager()).header("If-Match", current.header("ETag"))
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("story.submitted"), "status", "active"))
                    .put(SUBSCRIPTIONS + "/" + subscription).then().statusCode(200)
                    .body("status", equalTo("active")).body("disabledReason", nullValue()).body("secret", nullValue());
            await().atMost(PATIENCE).until(() -> receiver.typesOf(story).equals(List.of("story.submitted")));
        }
    }

    @Test
    void onlyHttpsUrlsToPublicAddressesAreAcceptedAndOnlyCampaignManagersSubscribe() {
        for (String url : List.of("http://webhooks.example.nl/hook", "https://127.0.0.1/hook", "https://localhost:8443/hook",
                "https://10.1.2.3/hook", "https://192.168.0.10/hook", "https://172.16.5.4/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook",
                "https://user:pass@webhooks.example.nl/hook", "ftp://webhooks.example.nl", "geen url")) {
            as(campaignManager()).body(Map.of("url", url, "eventTypes", List.of("story.published")))
                    .post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("url"));
        }
        as(campaignManager()).body(Map.of("url", "https://10.0.0.1/hook", "eventTypes", List.of("story.published")))
                .post(SUBSCRIPTIONS).then().body("invalidParams[0].reason", containsString("private"));
        as(campaignManager()).body(Map.of("url", "https://169.254.169.254/hook", "eventTypes", List.of("story.published")))
                .post(SUBSCRIPTIONS).then().body("invalidParams[0].reason", containsString("link-local"));
        as(campaignManager()).body(Map.of("url", "http://localhost:9/hook", "eventTypes", List.of("story.gelezen")))
                .post(SUBSCRIPTIONS).then().statusCode(400).body("invalidParams[0].name", equalTo("eventTypes[0]"))
                .body("invalidParams[0].reason", containsString("story.published"));
        as(campaignManager()).body(Map.of("url", "http://localhost:9/hook", "eventTypes", List.of("story.published"),
                "secret", "geheim")).post(SUBSCRIPTIONS).then().statusCode(400).body("invalidParams[0].name", equalTo("secret"));
        String own = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String made = as(campaignManager()).body(Map.of("url", "http://localhost:9/hook", "eventTypes", List.of("story.published"),
                "secret", own)).post(SUBSCRIPTIONS).then().statusCode(201).body("secret", equalTo(own)).extract().path("id");
        as(campaignManager()).delete(SUBSCRIPTIONS + "/" + made).then().statusCode(204);
        as(campaignManager()).get(SUBSCRIPTIONS + "/" + made).then().statusCode(404);

        Map<String, Object> body = Map.of("url", "http://localhost:9/hook", "eventTypes", List.of("story.published"));
        as(communityManager("Fatima")).body(body).post(SUBSCRIPTIONS).then().statusCode(403);
        as(editor("DJI")).body(body).post(SUBSCRIPTIONS).then().statusCode(403);
        as(communityManager("Fatima")).get(SUBSCRIPTIONS).then().statusCode(403);
        given().get(SUBSCRIPTIONS).then().statusCode(401);
        as(campaignManager()).get(SUBSCRIPTIONS + "?limit=100").then().statusCode(200)
                .body("items.secret", everyItem(nullValue()));
    }

    private static Response subscribe(String url, List<String> types) {
        Response response = as(campaignManager()).body(Map.of("url", url, "eventTypes", types,
                "description", "Test receiver")).post(SUBSCRIPTIONS);
        response.then().statusCode(201);
        return response;
    }

    private static List<String> allEventTypes() {
        return List.of("story.submitted", "story.claimed", "story.changes-requested", "story.approved", "story.scheduled",
                "story.published", "story.withdrawn", "story.expired", "appeal.filed", "appeal.decided",
                "featured-person.consent-withdrawn");
    }
}
