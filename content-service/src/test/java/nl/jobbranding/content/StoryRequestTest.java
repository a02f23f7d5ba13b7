package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Story requests through HTTP: asked by managers, answered by the unit's own editors only, fulfilled by a published story. */
@QuarkusTest
class StoryRequestTest {

    private static final String REQUESTS = "/api/v1/story-requests";

    @Test
    void aRequestAcceptedByTheUnitIsFulfilledWhenTheLinkedStoryIsPublished() {
        Fixtures.Setting setting = activeSeries(false);
        String fatima = communityManager("Fatima");
        String unit = editor(setting.unitCode());
        Response created = as(fatima).body(request(setting, "2027-03")).post(REQUESTS);
        created.then().statusCode(201).header("Location", containsString(REQUESTS + "/"))
                .body("state", equalTo("open")).body("campaignId", equalTo(setting.campaignId()))
                .body("wantedBy", equalTo("2027-03")).body("requestedByName", equalTo("Fatima")).body("story", nullValue());
        String id = created.path("id");
        String url = REQUESTS + "/" + id;

        // Deny by default: only the unit's own editors answer, and another unit's editors do not even see it.
        as(editor("ANDERE-DIENST")).get(url).then().statusCode(403);
        as(editor("ANDERE-DIENST")).header("If-Match", created.header("ETag")).body(accept()).post(url + "/decision")
                .then().statusCode(403);
        as(fatima).header("If-Match", created.header("ETag")).body(accept()).post(url + "/decision").then().statusCode(403);
        as(unit).body(accept()).post(url + "/decision").then().statusCode(428);
        as(unit).header("If-Match", created.header("ETag")).body(Map.of("decision", "accept", "reason", " "))
                .post(url + "/decision").then().statusCode(400).body("invalidParams[0].name", equalTo("reason"));

        // A story cannot answer a request the unit has not accepted.
        String story = approvedStory(setting, "Joris");
        as(unit).header("If-Match", created.header("ETag")).body(Map.of("storyId", story)).post(url + "/fulfilment")
                .then().statusCode(409).body("title", equalTo("Request not accepted"));

        Response accepted = as(unit).header("If-Match", created.header("ETag")).body(accept()).post(url + "/decision");
        accepted.then().statusCode(200).body("state", equalTo("accepted"))
                .body("decisionReason", equalTo("Past in de serie; we plannen het voor februari."))
                .body("decidedByName", equalTo("Redactie " + setting.unitCode()));
        as(unit).header("If-Match", accepted.header("ETag")).body(Map.of("decision", "decline", "reason", "Toch niet."))
                .post(url + "/decision").then().statusCode(409);
        as(unit).header("If-Match", created.header("ETag")).body(Map.of("storyId", story)).post(url + "/fulfilment")
                .then().statusCode(412);

        Response linked = as(unit).header("If-Match", accepted.header("ETag")).body(Map.of("storyId", story)).post(url + "/fulfilment");
        linked.then().statusCode(200).body("state", equalTo("accepted")).body("story.id", equalTo(story))
                .body("story.state", equalTo("approved")).body("story.title", equalTo("Een nachtdienst"))
                .body("fulfilledAt", nullValue());

        transition(story, campaignManager(), "publish").then().statusCode(200);
        Response fulfilled = as(unit).get(url);
        fulfilled.then().statusCode(200).body("state", equalTo("fulfilled")).body("story.state", equalTo("published"))
                .body("fulfilledAt", notNullValue());
        // The ETag moved with the publication, so a client holding the old one sees the change.
        as(unit).header("If-None-Match", linked.header("ETag")).get(url).then().statusCode(200);
        as(unit).header("If-Match", fulfilled.header("ETag")).body(Map.of("storyId", story)).post(url + "/fulfilment")
                .then().statusCode(409);
        as(fatima).queryParam("state", "fulfilled").queryParam("unitCode", setting.unitCode()).get(REQUESTS).then()
                .statusCode(200).body("items.id", contains(id)).body("items[0].story.state", equalTo("published"));
    }

    @Test
    void aDeclinedRequestKeepsItsReasonAndAStoryOfAnotherSeriesOrUnitAnswersNoRequest() {
        Fixtures.Setting setting = activeSeries(false);
        Fixtures.Setting other = activeSeries(false);
        String unit = editor(setting.unitCode());
        Response created = as(campaignManager()).body(request(setting, "2027-04")).post(REQUESTS);
        String url = REQUESTS + "/" + created.path("id");
        Response accepted = as(unit).header("If-Match", created.header("ETag")).body(accept()).post(url + "/decision");
        String foreign = createStory(other);
        as(unit).header("If-Match", accepted.header("ETag")).body(Map.of("storyId", foreign)).post(url + "/fulfilment")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("storyId"));

        Response second = as(campaignManager()).body(request(setting, "2027-04")).post(REQUESTS);
        as(unit).header("If-Match", second.header("ETag")).body(Map.of("decision", "decline", "reason", "Geen capaciteit."))
                .post(REQUESTS + "/" + second.path("id") + "/decision").then().statusCode(200)
                .body("state", equalTo("declined")).body("decisionReason", equalTo("Geen capaciteit."));
    }

    @Test
    void requestsAreCheckedInCampaignServiceAndOnlyManagersMakeThem() {
        Fixtures.Setting setting = activeSeries(false);
        Fixtures.Setting other = activeSeries(false);
        as(editor(setting.unitCode())).body(request(setting, "2027-03")).post(REQUESTS).then().statusCode(403);
        Map<String, Object> unknownUnit = request(setting, "2027-03");
        unknownUnit.put("unitCode", "BESTAAT-NIET");
        as(campaignManager()).body(unknownUnit).post(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("unitCode"));
        Map<String, Object> otherSeries = request(setting, "2027-03");
        otherSeries.put("seriesId", other.seriesId());
        as(campaignManager()).body(otherSeries).post(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("seriesId"));
        Map<String, Object> offChannel = request(setting, "2027-03");
        offChannel.put("channel", other.channels().get(0));
        as(campaignManager()).body(offChannel).post(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("channel"));
        Map<String, Object> unknownGroup = request(setting, "2027-03");
        unknownGroup.put("targetGroup", "bestaat-niet");
        as(campaignManager()).body(unknownGroup).post(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("targetGroup"));
        Map<String, Object> badMonth = request(setting, "2027-3");
        as(campaignManager()).body(badMonth).post(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("wantedBy"));
        as(campaignManager()).queryParam("month", "maart").get(REQUESTS).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("month"));
    }

    @Test
    void listsFilterByStateUnitSeriesAndMonthAndAreCursorPaged() {
        Fixtures.Setting setting = activeSeries(false);
        Fixtures.Setting other = activeSeries(false);
        String cm = communityManager("Fatima");
        List<String> march = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            march.add(as(cm).body(request(setting, "2027-03")).post(REQUESTS).then().statusCode(201).extract().path("id"));
        }
        Map<String, Object> unitOnly = request(setting, "2027-05");
        unitOnly.remove("seriesId");
        unitOnly.remove("channel");
        String may = as(cm).body(unitOnly).post(REQUESTS).then().statusCode(201).body("seriesId", nullValue()).extract().path("id");
        String elsewhere = as(cm).body(request(other, "2027-03")).post(REQUESTS).then().statusCode(201).extract().path("id");

        Response first = as(cm).queryParam("unitCode", setting.unitCode()).queryParam("month", "2027-03").queryParam("limit", 2)
                .get(REQUESTS);
        first.then().statusCode(200).body("items.id", contains(march.get(0), march.get(1)));
        String next = first.path("_links.next.href");
        as(cm).get(next).then().statusCode(200).body("items.id", contains(march.get(2))).body("_links.next", nullValue());
        as(cm).queryParam("seriesId", setting.seriesId()).get(REQUESTS).then().body("items", hasSize(3));
        as(cm).queryParam("unitCode", setting.unitCode()).queryParam("month", "2027-05").get(REQUESTS).then()
                .body("items.id", contains(may));
        as(cm).queryParam("campaignId", other.campaignId()).queryParam("state", "open").get(REQUESTS).then()
                .body("items.id", contains(elsewhere));
        as(cm).queryParam("state", "bezig").get(REQUESTS).then().statusCode(400).body("invalidParams[0].name", equalTo("state"));

        // A unit editor's list is their own unit's, whatever they ask.
        as(editor(setting.unitCode())).queryParam("limit", 100).get(REQUESTS).then().statusCode(200)
                .body("items.unitCode.unique()", contains(setting.unitCode())).body("items", hasSize(4));
        as(editor(setting.unitCode())).queryParam("unitCode", other.unitCode()).get(REQUESTS).then().statusCode(403);
    }

    private static Map<String, Object> request(Fixtures.Setting setting, String month) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", setting.unitCode());
        body.put("seriesId", setting.seriesId());
        body.put("topic", "Een nachtdienst bij de brug");
        body.put("channel", setting.channels().get(0));
        body.put("wantedBy", month);
        body.put("notes", "Vacatures lopen tot april.");
        return body;
    }

    private static Map<String, Object> accept() {
        return Map.of("decision", "accept", "reason", "Past in de serie; we plannen het voor februari.");
    }
}
