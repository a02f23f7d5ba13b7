package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.createActiveCampaign;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.createSeries;
import static nl.jobbranding.campaign.TestData.createUnit;
import static nl.jobbranding.campaign.TestData.series;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class CapacityApiTest {

    /**
     * Worked example, for a unit that is not sensitive (one review per story and channel). Active series A: 8 stories a
     * month on LinkedIn and Instagram; active series B: 4 a month on LinkedIn; planned series C (not counted): 20 a month
     * on Instagram.
     * LinkedIn: 12 stories a month = 12 / (52/12) = 2.77 a week; at 20 minutes each 0.92 hours, of 2 available: fits, 46.2%.
     * Instagram: 8 a month = 1.85 a week; at 30 minutes each 0.92 hours, of 0.5 available: 0.42 short, 184.6%.
     * YouTube: no active series and no capacity: fits.
     */
    @Test
    void answersWhetherTheActiveSeriesFitTheCapacity() {
        String linkedin = createChannel();
        String instagram = createChannel();
        String youtube = createChannel();
        String unit = createUnit(false);
        String campaign = createActiveCampaign(List.of(linkedin, instagram, youtube), List.of());
        Map<String, Object> a = series(campaign, unit, "A", List.of(linkedin, instagram), 8);
        a.put("status", "active");
        String seriesA = createSeries(a);
        Map<String, Object> b = series(campaign, unit, "B", List.of(linkedin), 4);
        b.put("status", "active");
        createSeries(b);
        createSeries(series(campaign, unit, "C", List.of(instagram), 20));

        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 2, "reviewMinutesPerStory", 20))
                .when().put("/api/v1/campaigns/" + campaign + "/capacities/" + linkedin)
                .then().statusCode(201).header("ETag", "\"0\"").body("hoursPerWeek", equalTo(2.0f));
        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 0.5, "reviewMinutesPerStory", 30))
                .when().put("/api/v1/campaigns/" + campaign + "/capacities/" + instagram)
                .then().statusCode(201);

        String base = "channels.find { it.channel == '%s' }.";
        given().when().get("/api/v1/campaigns/" + campaign + "/capacity-assessment")
                .then().statusCode(200)
                .body("fits", equalTo(false))
                .body("summary", containsString(instagram + ": 0.42 hours per week short"))
                .body(base.formatted(linkedin) + "fits", equalTo(true))
                .body(base.formatted(linkedin) + "storiesPerWeek", equalTo(2.77f))
                .body(base.formatted(linkedin) + "reviewsPerWeek", equalTo(2.77f))
                .body(base.formatted(linkedin) + "requiredHoursPerWeek", equalTo(0.92f))
                .body(base.formatted(linkedin) + "shortfallHoursPerWeek", equalTo(0.0f))
                .body(base.formatted(linkedin) + "utilisationPercent", equalTo(46.2f))
                .body(base.formatted(linkedin) + "series.name", containsInAnyOrder("A", "B"))
                .body(base.formatted(instagram) + "fits", equalTo(false))
                .body(base.formatted(instagram) + "storiesPerWeek", equalTo(1.85f))
                .body(base.formatted(instagram) + "requiredHoursPerWeek", equalTo(0.92f))
                .body(base.formatted(instagram) + "shortfallHoursPerWeek", equalTo(0.42f))
                .body(base.formatted(instagram) + "utilisationPercent", equalTo(184.6f))
                .body(base.formatted(instagram) + "series.id", containsInAnyOrder(seriesA))
                .body(base.formatted(youtube) + "fits", equalTo(true))
                .body(base.formatted(youtube) + "hoursPerWeek", nullValue());

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("hoursPerWeek", 1, "reviewMinutesPerStory", 30))
                .when().put("/api/v1/campaigns/" + campaign + "/capacities/" + instagram)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().when().get("/api/v1/campaigns/" + campaign + "/capacity-assessment")
                .then().statusCode(200).body("fits", equalTo(true))
                .body("summary", containsString("There is capacity for it"));
    }

    /**
     * A sensitive unit's story needs two approvals, so it counts two reviews. On one channel, 30 minutes a review and 1
     * hour a week: a sensitive unit's series of 4 stories a month and another unit's of 4 make 8 stories (1.85 a week)
     * but 12 reviews a month, 2.77 a week: 1.38 hours, 0.38 short (counted once each they would fit, at 0.92 hours).
     */
    @Test
    void aSensitiveUnitsStoryCountsTwoReviews() {
        String channel = createChannel();
        String sensitive = createUnit(true);
        String other = createUnit(false);
        String campaign = createActiveCampaign(List.of(channel), List.of());
        Map<String, Object> a = series(campaign, sensitive, "Gevoelig", List.of(channel), 4);
        a.put("status", "active");
        String sensitiveSeries = createSeries(a);
        Map<String, Object> b = series(campaign, other, "Gewoon", List.of(channel), 4);
        b.put("status", "active");
        String otherSeries = createSeries(b);
        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 1, "reviewMinutesPerStory", 30))
                .when().put("/api/v1/campaigns/" + campaign + "/capacities/" + channel).then().statusCode(201);

        String load = "channels.find { it.channel == '%s' }.".formatted(channel);
        given().when().get("/api/v1/campaigns/" + campaign + "/capacity-assessment")
                .then().statusCode(200)
                .body("fits", equalTo(false))
                .body("summary", containsString(channel + ": 0.38 hours per week short"))
                .body(load + "storiesPerWeek", equalTo(1.85f))
                .body(load + "reviewsPerWeek", equalTo(2.77f))
                .body(load + "requiredHoursPerWeek", equalTo(1.38f))
                .body(load + "shortfallHoursPerWeek", equalTo(0.38f))
                .body(load + "utilisationPercent", equalTo(138.5f))
                .body(load + "series.find { it.id == '%s' }.sensitiveUnit".formatted(sensitiveSeries), equalTo(true))
                .body(load + "series.find { it.id == '%s' }.reviewsPerStory".formatted(sensitiveSeries), equalTo(2))
                .body(load + "series.find { it.id == '%s' }.sensitiveUnit".formatted(otherSeries), equalTo(false))
                .body(load + "series.find { it.id == '%s' }.reviewsPerStory".formatted(otherSeries), equalTo(1));
    }

    @Test
    void activeSeriesWithoutCapacityDoesNotFit() {
        String channel = createChannel();
        String unit = createUnit(false);
        String campaign = createActiveCampaign(List.of(channel), List.of());
        Map<String, Object> s = series(campaign, unit, "Zonder capaciteit", List.of(channel), 2);
        s.put("status", "active");
        createSeries(s);

        given().when().get("/api/v1/campaigns/" + campaign + "/capacity-assessment")
                .then().statusCode(200).body("fits", equalTo(false))
                .body("summary", containsString(channel + ": no capacity set"));
    }

    @Test
    void capacityIsForTheCampaignsChannelsOnlyAndChangesNeedIfMatch() {
        String channel = createChannel();
        String other = createChannel();
        String campaign = createActiveCampaign(List.of(channel), List.of());
        String path = "/api/v1/campaigns/" + campaign + "/capacities/";

        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 2, "reviewMinutesPerStory", 20))
                .when().put(path + other)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("channelCode"));

        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 200, "reviewMinutesPerStory", 0))
                .when().put(path + channel)
                .then().statusCode(400).body("invalidParams.name", containsInAnyOrder("hoursPerWeek", "reviewMinutesPerStory"));

        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 2, "reviewMinutesPerStory", 20))
                .put(path + channel).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 3, "reviewMinutesPerStory", 20))
                .when().put(path + channel)
                .then().statusCode(428);
        given().when().get("/api/v1/campaigns/" + campaign + "/capacities")
                .then().statusCode(200).body("items.channel", containsInAnyOrder(channel)).body("items[0].hoursPerWeek", equalTo(2.0f));
        given().when().delete(path + channel).then().statusCode(204);
        given().when().get(path + channel).then().statusCode(404);
    }
}
