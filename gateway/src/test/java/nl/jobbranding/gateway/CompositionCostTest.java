package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.campaign;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.content;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.transition;
import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a composed view costs in service calls, read from its {@code Server-Timing} header: a fixed number per page,
 * whatever the page holds. The units, series, campaigns and channels a page needs are read from campaign-service in
 * one call per kind, never one per item; asked again within the lookup time, they are not read at all. Every setting
 * here is new (new units, series and campaigns), so nothing is kept from other tests and the first read counts them all.
 * Counts, not times: they do not depend on the machine's load.
 */
@QuarkusTest
class CompositionCostTest {

    private static final Pattern CALLS = Pattern.compile("services;desc=\"(\\d+) calls\";dur=[0-9.]+");
    /**
     * campaign-service's outline of the campaign (the campaign, its series, their units and the capacity assessment in one
     * read) and, at the same time, content-service's figures of the campaign (recent stories, the story counts of its
     * series and the analytics summary in one read).
     */
    private static final int CAMPAIGN_OVERVIEW_CALLS = 2;
    /** The queue; then its series, units, campaigns and channels. */
    private static final int MODERATION_OVERVIEW_CALLS = 5;

    @Test
    void aCampaignOverviewAsksForAllItsUnitsAtOnceWhateverTheNumberOfSeries() {
        CampaignStoryEndToEndTest.Campaign small = campaign();
        CampaignStoryEndToEndTest.Campaign large = campaign();
        List<String> units = moreSeries(large, 5);

        Response one = overview(small.campaignId());
        assertEquals(1, one.jsonPath().getList("series").size());
        assertEquals(CAMPAIGN_OVERVIEW_CALLS, calls(one), one.header("Server-Timing"));

        Response six = overview(large.campaignId());
        assertEquals(6, six.jsonPath().getList("series").size());
        assertEquals(List.of(), six.jsonPath().getList("missing"));
        assertEquals(CAMPAIGN_OVERVIEW_CALLS, calls(six), six.header("Server-Timing"));
        for (String unit : units) {
            assertEquals("Dienst " + unit, six.jsonPath().getString("series.find { it.unit.code == '" + unit + "' }.unit.name"),
                    "every series has its unit");
        }
        // Read again: the same calls, the units coming with the campaign's outline.
        Response again = overview(large.campaignId());
        assertEquals(CAMPAIGN_OVERVIEW_CALLS, calls(again), again.header("Server-Timing"));
    }

    @Test
    void aModerationOverviewAsksOncePerKindWhateverTheNumberOfStories() {
        CampaignStoryEndToEndTest.Campaign small = campaign();
        submit(small, small.unit(), small.seriesId());
        CampaignStoryEndToEndTest.Campaign large = campaign();
        List<String> units = moreSeries(large, 3);
        submit(large, large.unit(), large.seriesId());
        for (String unit : units) {
            submit(large, unit, seriesOf(large, unit));
        }

        Response one = moderationOverview(small.campaignId());
        assertEquals(1, one.jsonPath().getList("items").size());
        assertEquals(MODERATION_OVERVIEW_CALLS, calls(one), one.header("Server-Timing"));

        Response four = moderationOverview(large.campaignId());
        assertEquals(4, four.jsonPath().getList("items").size());
        assertEquals(List.of(), four.jsonPath().getList("missing"));
        assertEquals(MODERATION_OVERVIEW_CALLS, calls(four), four.header("Server-Timing"));
        for (String unit : units) {
            String item = "items.find { it.unit.code == '" + unit + "' }";
            assertEquals("Dienst " + unit, four.jsonPath().getString(item + ".unit.name"));
            assertEquals(seriesOf(large, unit), four.jsonPath().getString(item + ".series.id"));
            assertEquals(2, four.jsonPath().getList(item + ".channels").size(), "both channels with their audience");
            assertTrue(four.jsonPath().getList(item + ".values").size() >= 4, "the campaign's values");
        }
        // Read again: everything around the stories is kept, only the queue is asked.
        Response again = moderationOverview(large.campaignId());
        assertEquals(1, calls(again), again.header("Server-Timing"));
    }

    /** Adds {@code count} units, each with an active series in the campaign; returns the units' codes. */
    private static List<String> moreSeries(CampaignStoryEndToEndTest.Campaign setting, int count) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unit = ("C" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
            as(campaignManager()).body(Map.of("code", unit, "name", "Dienst " + unit, "sensitive", i % 2 == 0,
                    "contact", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl"))).post("/api/v1/units")
                    .then().statusCode(201);
            as(campaignManager()).body(Map.of("campaignId", setting.campaignId(), "unitCode", unit, "name", "Reeks " + unit,
                            "format", "text-post", "channels", setting.channels(), "targetGroups", List.of(setting.targetGroup()),
                            "storiesPerMonth", 2, "status", "active"))
                    .post("/api/v1/series").then().statusCode(201);
            units.add(unit);
        }
        return units;
    }

    private static String seriesOf(CampaignStoryEndToEndTest.Campaign setting, String unit) {
        return as(campaignManager()).get("/api/v1/series?campaignId=" + setting.campaignId() + "&unitCode=" + unit)
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static void submit(CampaignStoryEndToEndTest.Campaign setting, String unit, String seriesId) {
        Map<String, Object> story = new HashMap<>(Map.of("seriesId", seriesId, "unitCode", unit,
                "content", content(setting, "Een dag bij " + unit, "Om acht uur begint mijn dienst.\nDan begint het werk.")));
        String id = as(editor(unit)).body(story).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(editor(unit), id, "submit");
    }

    private static Response overview(String campaignId) {
        return as(campaignManager()).get("/api/v1/campaign-overviews/" + campaignId);
    }

    private static Response moderationOverview(String campaignId) {
        return as(communityManager("Fatima")).get("/api/v1/moderation-overview?limit=100&campaignId=" + campaignId);
    }

    private static int calls(Response response) {
        assertEquals(200, response.statusCode(), response.asString());
        Matcher calls = CALLS.matcher(String.valueOf(response.header("Server-Timing")));
        assertTrue(calls.find(), "Server-Timing: " + response.header("Server-Timing"));
        return Integer.parseInt(calls.group(1));
    }
}
