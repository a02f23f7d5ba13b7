package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.campaign;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.content;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.etag;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.review;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.transition;
import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The public feed from memory: newest publication first, full pages per target group, fresh within 5 seconds. */
@QuarkusTest
class PublicFeedTest {

    private static final Duration FRESHNESS = Duration.ofSeconds(5);

    @Test
    void newestPublicationFirstAndATargetGroupFillsItsPages() {
        CampaignStoryEndToEndTest.Campaign aimed = campaign();
        // A second series in the same channels, for another target group, published after the first series' stories.
        CampaignStoryEndToEndTest.Campaign other = campaign();
        List<String> aimedIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            aimedIds.add(publish(aimed, "Verhaal " + i));
        }
        for (int i = 0; i < 3; i++) {
            publish(other, "Ander verhaal " + i);
        }
        RestAssured.given().get("/api/v1/public-feed?channel=" + aimed.channels().get(0)).then().statusCode(200)
                .body("items.story.id", equalTo(List.of(aimedIds.get(2), aimedIds.get(1), aimedIds.get(0))));

        // Six stories newer than the aimed ones exist in the feed at large; still two of the target group per page.
        Response first = RestAssured.given().get("/api/v1/public-feed?limit=2&targetGroup=" + aimed.targetGroup());
        first.then().statusCode(200).body("items.story.id", equalTo(List.of(aimedIds.get(2), aimedIds.get(1))))
                .body("_links.next.href", notNullValue());
        RestAssured.given().get(first.jsonPath().getString("_links.next.href")).then().statusCode(200)
                .body("items.story.id", equalTo(List.of(aimedIds.get(0))));
    }

    @Test
    void aWithdrawnStoryLeavesTheFeedWithinFiveSecondsAndAnUnchangedPageIsA304() throws InterruptedException {
        CampaignStoryEndToEndTest.Campaign setting = campaign();
        String id = publish(setting, "Even online");
        String feed = "/api/v1/public-feed?channel=" + setting.channels().get(0);
        RestAssured.given().get(feed).then().statusCode(200);
        // Once the gateway's version check (every second) has seen the publication, the page stays in memory.
        Thread.sleep(2_000);
        Response page = RestAssured.given().get(feed);
        page.then().statusCode(200).body("items.story.id", equalTo(List.of(id)));

        // 304 from memory: content-service does not hear of it.
        String requestId = "feed-304-" + UUID.randomUUID();
        RestAssured.given().header("If-None-Match", page.header("ETag")).header("X-Request-Id", requestId).get(feed)
                .then().statusCode(304);
        assertFalse(Eventually.logged(Duration.ofSeconds(2), GatewayTestResources.CONTENT_SERVICE, "[" + requestId + "]"),
                "a 304 is answered from memory");

        as(campaignManager()).header("If-Match", etag(id)).body(Map.of("action", "withdraw", "reason", "Toestemming ingetrokken."))
                .post("/api/v1/stories/" + id + "/transitions").then().statusCode(200);
        // Gone within the bound (Eventually fails the test otherwise).
        Eventually.value(FRESHNESS, () -> RestAssured.given().get(feed).jsonPath().getList("items.story.id").contains(id) ? null : true);
        RestAssured.given().header("If-None-Match", page.header("ETag")).get(feed).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("_links.next", nullValue());
    }

    /**
     * Issue 13, item 6: the names are read with the gateway's own client-credentials token, which lives
     * {@value ServiceTokenTestResource#LIFETIME_SECONDS} seconds here. Long after the first token expired, a new
     * campaign's story (names never read before, so not reused from memory) still gets its names, and anonymous readers
     * keep getting 200: the token was renewed, not used past its end.
     */
    @Test
    void theGatewaysOwnTokenIsRenewedWhenItExpires() throws InterruptedException {
        CampaignStoryEndToEndTest.Campaign before = campaign();
        publish(before, "Voor het verlopen");
        RestAssured.given().get("/api/v1/public-feed?channel=" + before.channels().get(0)).then().statusCode(200)
                .body("items[0].campaign.name", equalTo(before.campaignName()))
                .body("items[0].series.name", equalTo(before.seriesName()))
                .body("missing", equalTo(List.of()));

        Thread.sleep(Duration.ofSeconds(ServiceTokenTestResource.LIFETIME_SECONDS + 2).toMillis());

        CampaignStoryEndToEndTest.Campaign after = campaign();
        publish(after, "Na het verlopen");
        RestAssured.given().get("/api/v1/public-feed?channel=" + after.channels().get(0)).then().statusCode(200)
                .body("items[0].campaign.name", equalTo(after.campaignName()))
                .body("items[0].series.name", equalTo(after.seriesName()))
                .body("items[0].unit.code", equalTo(after.unit()))
                .body("missing", equalTo(List.of()));
    }

    /** A story of the series, written, reviewed and published through the gateway; its id. */
    static String publish(CampaignStoryEndToEndTest.Campaign setting, String title) {
        Map<String, Object> story = new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(),
                "content", content(setting, title, "Zo ziet mijn werk eruit.\nElke dag anders.")));
        String id = as(editor(setting.unit())).body(story).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(editor(setting.unit()), id, "submit");
        String reviewer = communityManager("Fatima");
        transition(reviewer, id, "claim");
        as(reviewer).header("If-Match", etag(id)).body(review(setting, "approve")).post("/api/v1/stories/" + id + "/reviews")
                .then().statusCode(201);
        transition(campaignManager(), id, "publish");
        return id;
    }
}
