package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.campaignService;
import static nl.jobbranding.content.Fixtures.submittedStory;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * campaign-service's events (campaigns and series) delivered as webhooks by content-service, which reads
 * /campaign-events with its own client-credentials token (role service, from the tests' development token endpoint,
 * tokens of 10 s that are renewed while the test runs): to a real receiver, signed, in order per campaign and series,
 * with campaign-service's own event ids, beside story events of the same subscription; content-service's /events keeps
 * its own events only.
 */
@QuarkusTest
class CampaignWebhookTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void campaignAndSeriesChangesAreDeliveredSignedInOrderWithCampaignServicesIds() throws Exception {
        try (TestReceiver receiver = new TestReceiver().start()) {
            Response subscribed = as(campaignManager()).body(Map.of("url", receiver.url(), "eventTypes",
                    List.of("campaign.created", "campaign.changed", "series.created", "series.changed", "series.deleted",
                            "story.submitted"))).post(SUBSCRIPTIONS);
            subscribed.then().statusCode(201);
            String secret = subscribed.path("secret");
            String start = EventsTest.readToEnd("").after();

            Fixtures.Setting setting = activeSeries(false);
            String story = submittedStory(setting);
            // The series is paused and ended (two changes), and a planned series made and deleted.
            changeSeriesStatus(setting, "paused");
            changeSeriesStatus(setting, "ended");
            String planned = campaignService().body(Map.of("campaignId", setting.campaignId(), "unitCode", setting.unitCode(),
                            "name", Fixtures.unique("Serie"), "format", "text-post", "channels", setting.channels(),
                            "targetGroups", List.of(), "storiesPerMonth", 1, "status", "planned"))
                    .post("/api/v1/series").then().statusCode(201).extract().path("id");
            campaignService().header("If-Match", "\"0\"").delete("/api/v1/series/" + planned).then().statusCode(204);

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertEquals(List.of("campaign.created", "campaign.changed"), receiver.typesOf(setting.campaignId()));
                assertEquals(List.of("series.created", "series.changed", "series.changed"), receiver.typesOf(setting.seriesId()));
                assertEquals(List.of("series.created", "series.deleted"), receiver.typesOf(planned));
                assertEquals(List.of("story.submitted"), receiver.typesOf(story));
            });
            Set<String> campaignServiceIds = campaignEventIds();
            for (TestReceiver.Received received : receiver.received) {
                assertTrue(received.signedWith(secret), "signature of " + received.id());
                assertEquals(received.id(), received.json().getString("id"));
                String type = received.json().getString("type");
                if (!type.startsWith("story.")) {
                    assertTrue(campaignServiceIds.contains(received.id()), "campaign-service's own event id: " + received.id());
                }
            }
            assertEquals("ended", receiver.received.stream().filter(r -> r.subject().equals(setting.seriesId()))
                    .reduce((a, b) -> b).orElseThrow().json().getJsonObject("data").getString("status"));
            // content-service's own feed tells of stories, not of campaigns (they are at /campaign-events).
            EventsTest.readToEnd(start).events().forEach(event -> assertFalse(campaignServiceIds.contains((String) event.get("id")),
                    "a campaign event in /events: " + event));
            as(campaignManager()).get(SUBSCRIPTIONS + "/" + subscribed.path("id") + "/deliveries?limit=100").then()
                    .statusCode(200).body("items.status", everyItem(equalTo("delivered")));
        }
    }

    private static void changeSeriesStatus(Fixtures.Setting setting, String status) {
        Response current = campaignService().get("/api/v1/series/" + setting.seriesId());
        current.then().statusCode(200);
        Map<String, Object> body = Map.of("campaignId", setting.campaignId(), "unitCode", setting.unitCode(),
                "name", current.path("name"), "format", "text-post", "channels", setting.channels(), "targetGroups", List.of(),
                "storiesPerMonth", 2, "status", status);
        campaignService().header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/series/" + setting.seriesId()).then().statusCode(200);
    }

    /** Every event id campaign-service's feed has. */
    private static Set<String> campaignEventIds() {
        Set<String> ids = new HashSet<>();
        String after = "";
        while (true) {
            JsonPath page = campaignService().queryParam("after", after).queryParam("limit", 100).get("/api/v1/campaign-events")
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            after = page.getString("after");
            if (page.getString("_links.next.href") == null) {
                return ids;
            }
        }
    }
}
