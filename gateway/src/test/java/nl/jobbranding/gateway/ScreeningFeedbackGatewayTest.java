package nl.jobbranding.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.campaign;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.content;
import static nl.jobbranding.gateway.CampaignStoryEndToEndTest.transition;
import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Learning from reviewers, through the gateway only: a miss reported, read back as feedback and as corpus entries. */
@QuarkusTest
class ScreeningFeedbackGatewayTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aMissReportedThroughTheGatewayComesBackAsFeedbackAndAsCorpus() {
        CampaignStoryEndToEndTest.Campaign setting = campaign();
        String body = "Om tien uur begint mijn dienst.\nWe zoeken collega's die net van school komen.";
        String id = as(editor(setting.unit())).body(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(),
                "content", content(setting, "Een nachtdienst", body))).post("/api/v1/stories").then().statusCode(201)
                .extract().path("id");
        transition(editor(setting.unit()), id, "submit");

        String reviewer = communityManager("Joke");
        int start = body.indexOf("net van school");
        Response miss = as(reviewer).body(Map.of("field", "body", "start", start, "end", start + 14, "value", "just",
                "note", "Leeftijd in andere woorden.")).post("/api/v1/stories/" + id + "/screening/misses");
        miss.then().statusCode(201)
                .header("Location", startsWith(gateway.toString() + "api/v1/stories/" + id + "/screening/misses/"))
                .body("excerpt", equalTo("net van school"));
        as(campaignManager()).get(miss.header("Location")).then().statusCode(200).body("value", equalTo("just"));

        as(campaignManager()).get("/api/v1/screening-feedback?campaignId=" + setting.campaignId()).then().statusCode(200)
                .body("items.kind", equalTo(List.of("miss")))
                .body("counts.values.find { it.value == 'just' }.misses", equalTo(1));
        as(editor(setting.unit())).get("/api/v1/screening-feedback").then().statusCode(403)
                .contentType("application/problem+json");
        RestAssured.given().get("/api/v1/screening-feedback").then().statusCode(401);

        String corpus = RestAssured.given().auth().oauth2(reviewer).accept("text/plain")
                .get("/api/v1/screening-feedback/corpus?campaignId=" + setting.campaignId()).then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertTrue(corpus.startsWith("=== feedback-" + id + "-r1 unit=" + setting.unit())
                && corpus.contains("[[just:net van school]]"), corpus);
    }
}
