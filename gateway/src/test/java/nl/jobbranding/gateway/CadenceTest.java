package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.campaign;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.content;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.etag;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.review;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.transition;
import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The campaign overview compares each active series' planned cadence with the stories it published, and flags it when behind. */
@QuarkusTest
class CadenceTest {

    @Test
    void aSeriesBehindItsCadenceIsFlaggedWithItsFigures() {
        CampaignStoryEndToEndTest.Campaign setting = campaign();
        String unit = setting.unit();
        String busy = as(campaignManager()).body(Map.of("campaignId", setting.campaignId(), "unitCode", unit,
                        "name", "Elke dag een verhaal " + unit, "format", "text-post", "channels", setting.channels(),
                        "targetGroups", List.of(), "storiesPerMonth", 100, "status", "active"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        String planned = as(campaignManager()).body(Map.of("campaignId", setting.campaignId(), "unitCode", unit,
                        "name", "Later " + unit, "format", "text-post", "channels", setting.channels(),
                        "targetGroups", List.of(), "storiesPerMonth", 3, "status", "planned"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");

        // One story of the first series goes out this month.
        Map<String, Object> story = new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", unit,
                "content", content(setting, "Een dag op de brug", "Om zes uur begint mijn dienst.\nDan gaan de bruggen open.")));
        String id = as(editor(unit)).body(story).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(editor(unit), id, "submit");
        transition(communityManager("Fatima"), id, "claim");
        as(communityManager("Fatima")).header("If-Match", etag(id)).body(review(setting, "approve"))
                .post("/api/v1/stories/" + id + "/reviews").then().statusCode(201);
        transition(campaignManager(), id, "publish");

        JsonPath overview = as(campaignManager()).get("/api/v1/campaign-overviews/" + setting.campaignId()).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), overview.getList("missing"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String month = YearMonth.from(today).toString();

        // Planned 2 a month, 1 published: behind only when the plan pro rata to today expects more than 1.
        int expectedOfTwo = 2 * today.getDayOfMonth() / today.lengthOfMonth();
        String first = "series.find { it.series.id == '" + setting.seriesId() + "' }.cadence";
        assertEquals(2, overview.getInt(first + ".storiesPerMonth"));
        assertEquals(List.of(month), overview.getList(first + ".months.month"), "only months since the series was made");
        assertEquals(1, overview.getInt(first + ".months[0].published"));
        assertEquals(2, overview.getInt(first + ".months[0].planned"));
        assertEquals(expectedOfTwo, overview.getInt(first + ".expectedByNow"));
        assertEquals(1 < expectedOfTwo, overview.getBoolean(first + ".behind"));

        // Planned 100 a month, nothing published: behind on any day of the month.
        String second = "series.find { it.series.id == '" + busy + "' }.cadence";
        assertEquals(0, overview.getInt(second + ".months[0].published"));
        assertEquals(100 * today.getDayOfMonth() / today.lengthOfMonth(), overview.getInt(second + ".expectedByNow"));
        assertEquals(true, overview.getBoolean(second + ".behind"));

        // A series that is not active has no cadence.
        assertNull(overview.get("series.find { it.series.id == '" + planned + "' }.cadence"));

        // The headline figures of the last 30 days: this campaign's one story, submitted, approved and published.
        assertEquals(today.minusDays(29).toString(), overview.getString("headlines.from"));
        assertEquals(1, overview.getInt("headlines.storiesEntered.submitted"));
        assertEquals(1, overview.getInt("headlines.storiesEntered.published"));
        assertEquals(1, overview.getInt("headlines.reviewDecisions"));
        assertEquals(0, overview.getInt("headlines.appeals.appealed"));
        // A unit editor sees the overview without them, and nothing is missing.
        JsonPath editors = as(editor(unit)).get("/api/v1/campaign-overviews/" + setting.campaignId()).then().statusCode(200)
                .extract().jsonPath();
        assertNull(editors.get("headlines"));
        assertEquals(List.of(), editors.getList("missing"));
    }
}
