package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV exports (Accept: text/csv) parse back to the same rows as the JSON answers; other Accept values get a 406 problem. */
@QuarkusTest
class CsvExportTest {

    @Test
    void theAuditTrailTransparencyLogAndAnalyticsParseBackToTheirJsonRows() throws IOException {
        Fixtures.Setting setting = activeSeries(false);
        String story = approvedStory(setting, "Fatima");
        transition(story, campaignManager(), "publish").then().statusCode(200);
        String manager = campaignManager();

        sameRows(as(manager), "/api/v1/stories/" + story + "/audit-trail", Map.of());
        sameRows(RestAssured.given(), "/api/v1/transparency-log", Map.of("campaignId", setting.campaignId()));
        sameRows(as(manager), "/api/v1/analytics/story-flow", Map.of("campaignId", setting.campaignId(), "groupBy", "channel"));
        sameRows(as(manager), "/api/v1/analytics/review-lead-times", Map.of("campaignId", setting.campaignId()));
        // A takedown confirmed: the story posted on a channel, withdrawn, and the post's takedown confirmed.
        as(manager).body(Map.of("channel", setting.channels().get(0), "url", "https://www.example.nl/posts/" + story))
                .post("/api/v1/stories/" + story + "/posts").then().statusCode(201);
        transition(story, manager, Map.of("action", "withdraw", "reason", "Uit de lucht.")).then().statusCode(200);
        String task = "/api/v1/takedown-tasks/" + as(manager).queryParam("limit", 100).get("/api/v1/takedown-tasks").jsonPath()
                .getString("items.find { it.storyId == '" + story + "' }.id");
        Response open = as(manager).get(task);
        as(manager).header("If-Match", open.header("ETag")).body(Map.of("takenDownAt", open.path("openedAt")))
                .post(task + "/confirmation").then().statusCode(200);
        sameRows(as(manager), "/api/v1/analytics/takedown-times", Map.of("campaignId", setting.campaignId()));

        Response json = as(manager).queryParam("campaignId", setting.campaignId()).get("/api/v1/analytics/appeal-outcomes");
        List<CSVRecord> csv = parse(as(manager).accept("text/csv").queryParam("campaignId", setting.campaignId())
                .get("/api/v1/analytics/appeal-outcomes"));
        List<Map<String, Object>> expected = new ArrayList<>(json.jsonPath().getList("perDecision"));
        expected.add(json.jsonPath().getMap("total"));
        assertRows(expected, csv);
    }

    @Test
    void aFieldWithCommasQuotesOrLineBreaksIsQuotedAndAPageLinksToTheNext() throws IOException {
        Fixtures.Setting setting = activeSeries(false);
        String story = Fixtures.submittedStory(setting);
        String fatima = communityManager("Fatima");
        transition(story, fatima, "claim").then().statusCode(200);
        Fixtures.decide(story, fatima, Fixtures.review(setting, 1, "concern", "request-changes",
                "Graag aanpassen: \"de\" naam, en\nde plaats.")).then().statusCode(201);
        Response csv = as(fatima).accept("text/csv").queryParam("limit", 2).get("/api/v1/stories/" + story + "/audit-trail");
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("Link", containsString("rel=\"next\""));
        assertTrue(csv.asString().contains("\r\n"), "RFC 4180 ends rows with CRLF");
        Response all = as(fatima).accept("text/csv").get("/api/v1/stories/" + story + "/audit-trail");
        List<CSVRecord> rows = parse(all);
        assertEquals("Graag aanpassen: \"de\" naam, en\nde plaats.", rows.get(rows.size() - 1).get("reason"));
        assertTrue(all.asString().contains("\"Graag aanpassen: \"\"de\"\" naam, en\nde plaats.\""), all.asString());

        as(fatima).accept("application/xml").get("/api/v1/stories/" + story + "/audit-trail").then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406))
                .body("detail", containsString("text/csv"));
    }

    /** The JSON page and the CSV page of the same request hold the same rows, field by field. */
    private static void sameRows(io.restassured.specification.RequestSpecification request, String path, Map<String, ?> query)
            throws IOException {
        Response json = RestAssured.given().spec(request).queryParams(query).queryParam("limit", 100).get(path);
        json.then().statusCode(200);
        Response csv = RestAssured.given().spec(request).accept("text/csv").queryParams(query).queryParam("limit", 100).get(path);
        csv.then().statusCode(200).contentType(containsString("text/csv"));
        List<Map<String, Object>> items = json.jsonPath().getList("items");
        assertTrue(!items.isEmpty(), path + " has rows to compare");
        assertRows(items, parse(csv));
    }

    private static void assertRows(List<Map<String, Object>> expected, List<CSVRecord> rows) {
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>(rows.get(i).toMap());
            Map<String, String> fromJson = new LinkedHashMap<>();
            for (String column : row.keySet()) {
                fromJson.put(column, text(expected.get(i).get(column)));
            }
            assertEquals(fromJson, row, "row " + i);
        }
    }

    /** A JSON value as the CSV writes it: lists joined by "; ", objects' values by "=". */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(text(v)));
            return String.join("; ", parts);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.values().forEach(v -> parts.add(text(v)));
            return String.join("=", parts);
        }
        return value.toString();
    }

    private static List<CSVRecord> parse(Response csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString()))) {
            return parser.getRecords();
        }
    }
}
