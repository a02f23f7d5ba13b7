package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.storyInput;
import static nl.jobbranding.content.Fixtures.transition;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning from reviewers: a community manager reports what the pre-screen missed, and dismissals and misses come back
 * as a list with counts per rule and value, as labelled corpus entries, and as metrics.
 */
@QuarkusTest
class ScreeningFeedbackTest {

    @Inject
    TestClock clock;

    private static final String MISSED = "net van school";
    private static final String BODY = "Bij de intake noteer ik het BSN 123456782 van de bezoeker.\nWe zoeken collega's die "
            + MISSED + " komen.";
    private static final String NOTE = "Leeftijdsgrens in andere woorden; gezien door Joke Visser.";

    @Test
    void aReviewerReportsAMissAndTheFeedbackIsListedCountedExportedAndMeasured() {
        Fixtures.Setting setting = activeSeries(false);
        String id = story(setting);
        String cm = communityManager("Joke");
        int start = BODY.indexOf(MISSED);
        Map<String, Object> miss = Map.of("field", "body", "start", start, "end", start + MISSED.length(), "value", "just",
                "note", NOTE);
        as(cm).body(miss).post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("Not screened"));

        transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        as(cm).get("/api/v1/stories/" + id + "/screening").then().statusCode(200)
                .body("findings.value", not(hasItem("just")));
        as(editor(setting.unitCode())).body(miss).post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(403);
        as(campaignManager()).body(miss).post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(403);

        // Any community manager, without a claim: a miss changes nothing about the review.
        Response created = as(cm).body(miss).post("/api/v1/stories/" + id + "/screening/misses");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/stories/" + id + "/screening/misses/"))
                .body("revision", equalTo(1))
                .body("excerpt", equalTo(MISSED))
                .body("value", equalTo("just"))
                .body("note", equalTo(NOTE));
        given().auth().oauth2(campaignManager()).get(created.header("Location")).then().statusCode(200)
                .header("ETag", notNullValue()).body("excerpt", equalTo(MISSED));
        as(cm).body(miss).post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(409)
                .body("title", equalTo("Reported already"));

        int bsn = BODY.indexOf("123456782");
        as(cm).body(Map.of("field", "body", "start", bsn, "end", bsn + 9, "value", "careful", "note", "Nummer"))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(409)
                .body("title", equalTo("Found by the screen"))
                .body("detail", containsString("careful.citizen-service-number"));
        as(cm).body(Map.of("field", "body", "start", 0, "end", BODY.length() + 1, "value", "just", "note", "Te lang"))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("end"))
                .body("invalidParams[0].reason", containsString(String.valueOf(BODY.length())));
        as(cm).body(Map.of("field", "body", "start", 3, "end", 2, "value", "just", "note", "Achterstevoren"))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("end"));
        as(cm).body(Map.of("field", "footer", "start", 0, "end", 2, "value", "fair", "note", " "))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(400)
                .body("invalidParams.name", hasItem("field"))
                .body("invalidParams.name", hasItem("value"))
                .body("invalidParams.name", hasItem("note"));
        as(cm).body(Map.of("revision", 7, "field", "body", "start", 0, "end", 2, "value", "just", "note", "Bestaat niet"))
                .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("revision"));

        transition(id, cm, "claim").then().statusCode(200);
        String findingId = as(cm).get("/api/v1/stories/" + id + "/screening").then().extract().path("findings[0].id");
        as(cm).body(Map.of("findingId", findingId, "reason", "Fictief nummer uit de training."))
                .post("/api/v1/stories/" + id + "/screening/dismissals").then().statusCode(200);

        List<Map<String, Object>> trail = as(campaignManager()).get("/api/v1/stories/" + id + "/audit-trail").then()
                .statusCode(200).extract().path("items");
        String reported = (String) trail.stream().filter(e -> e.get("action").equals("report-miss")).findFirst().orElseThrow()
                .get("reason");
        assertTrue(reported.contains("just") && reported.contains("body:" + start), reported);
        assertFalse(reported.contains("Joke Visser") || reported.contains(MISSED), "text and note stay out of the trail: " + reported);

        String feedback = "/api/v1/screening-feedback?campaignId=" + setting.campaignId();
        Response list = as(campaignManager()).get(feedback);
        list.then().statusCode(200)
                .body("items.kind", equalTo(List.of("miss", "dismissal")))
                .body("items[0].value", equalTo("just"))
                .body("items[0].rule", nullValue())
                .body("items[0].missId", notNullValue())
                .body("items[0].excerpt", equalTo(MISSED))
                .body("items[0].note", equalTo(NOTE))
                .body("items[1].rule", equalTo("careful.citizen-service-number"))
                .body("items[1].findingId", equalTo(findingId))
                .body("items[1].excerpt", equalTo("123456782"))
                .body("items[1].start", equalTo(bsn))
                .body("counts.rules.find { it.rule == 'careful.citizen-service-number' }.findings", equalTo(1))
                .body("counts.rules.find { it.rule == 'careful.citizen-service-number' }.dismissals", equalTo(1))
                .body("counts.values.find { it.value == 'careful' }.dismissals", equalTo(1))
                .body("counts.values.find { it.value == 'just' }.misses", equalTo(1))
                .body("counts.values.find { it.value == 'just' }.findings", equalTo(0))
                .body("_links.next", nullValue());
        as(cm).get(feedback + "&value=just").then().statusCode(200).body("items.kind", equalTo(List.of("miss")))
                .body("counts.values.value", equalTo(List.of("just")));
        as(cm).get(feedback + "&rule=careful.citizen-service-number").then().statusCode(200)
                .body("items.kind", equalTo(List.of("dismissal")));
        as(cm).get(feedback + "&kind=miss").then().statusCode(200).body("items.kind", equalTo(List.of("miss")));

        String first = as(cm).get(feedback + "&limit=1").then().statusCode(200).body("items.kind", equalTo(List.of("miss")))
                .extract().path("_links.next.href");
        given().auth().oauth2(cm).get(first).then().statusCode(200).body("items.kind", equalTo(List.of("dismissal")))
                .body("_links.next", nullValue());

        LocalDate day = Instant.parse(list.path("items[1].at")).atZone(ZoneOffset.UTC).toLocalDate();
        as(cm).get(feedback + "&from=" + day + "&to=" + day).then().statusCode(200).body("items.size()", equalTo(2));
        as(cm).get(feedback + "&from=" + day.plusDays(1)).then().statusCode(200).body("items", empty())
                .body("counts.rules", empty());
        as(cm).get(feedback + "&to=" + day.minusDays(1)).then().statusCode(200).body("items", empty());
        as(cm).get(feedback + "&from=gisteren").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("from"));
        as(cm).get(feedback + "&from=" + day + "&to=" + day.minusDays(1)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("to"));
        as(cm).get(feedback + "&kind=finding").then().statusCode(400).body("invalidParams[0].name", equalTo("kind"));
        as(cm).get(feedback + "&cursor=nonsense").then().statusCode(400);
        as(editor(setting.unitCode())).get(feedback).then().statusCode(403);

        String corpus = given().auth().oauth2(cm).accept("text/plain")
                .get("/api/v1/screening-feedback/corpus?language=nl&campaignId=" + setting.campaignId())
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertTrue(corpus.startsWith("=== feedback-" + id + "-r1 unit=" + setting.unitCode() + " channel="
                + String.join(",", setting.channels()) + "\n"), corpus);
        assertTrue(corpus.contains("[[just:" + MISSED + "]]"), "the miss is labelled: " + corpus);
        assertFalse(corpus.contains("[[careful:"), "the dismissed finding stays unlabelled: " + corpus);
        assertFalse(corpus.contains("Joke") || corpus.contains("Fictief") || corpus.contains("consented="),
                "no notes, reasons, reviewers or names that are not in the text: " + corpus);
        assertEquals("Een nachtdienst\n" + BODY + "\n", unlabelled(corpus.substring(corpus.indexOf('\n') + 1)));
        given().auth().oauth2(cm).accept("text/plain")
                .get("/api/v1/screening-feedback/corpus?language=en&campaignId=" + setting.campaignId())
                .then().statusCode(200).body(equalTo(""));
        given().auth().oauth2(cm).accept("text/plain").get("/api/v1/screening-feedback/corpus?language=de").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("language"));
        given().auth().oauth2(editor(setting.unitCode())).accept("text/plain").get("/api/v1/screening-feedback/corpus")
                .then().statusCode(403);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(value(metrics, "jobbranding_prescreen_rule_findings_total\\{rule=\"careful.citizen-service-number\"}") >= 1, metrics);
        assertTrue(value(metrics, "jobbranding_prescreen_rule_dismissals_total\\{rule=\"careful.citizen-service-number\"}") >= 1, metrics);
        assertTrue(value(metrics, "jobbranding_prescreen_rule_misses_total\\{value=\"just\"}") >= 1, metrics);
    }

    @Test
    void theCorpusExportIsPagedByRevisionWithALinkHeader() {
        Fixtures.Setting setting = activeSeries(false);
        String cm = communityManager("Pagina");
        for (int i = 0; i < 3; i++) {
            String id = story(setting);
            transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
            int start = BODY.indexOf(MISSED);
            as(cm).body(Map.of("field", "body", "start", start, "end", start + MISSED.length(), "value", "just", "note", "Leeftijd"))
                    .post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(201);
        }
        String url = "/api/v1/screening-feedback/corpus?limit=2&campaignId=" + setting.campaignId();
        Response first = given().auth().oauth2(cm).get(url);
        first.then().statusCode(200).header("Link", endsWith(">; rel=\"next\""));
        assertEquals(2, first.asString().split("(?m)^=== ").length - 1, first.asString());
        String next = first.header("Link").substring(1, first.header("Link").indexOf('>'));
        Response second = given().auth().oauth2(cm).get(next);
        second.then().statusCode(200).header("Link", nullValue());
        assertEquals(1, second.asString().split("(?m)^=== ").length - 1, second.asString());
    }

    @Test
    void theCorpusNamesOnlyConsentedPeopleInTheTextAndLeavesOutStoriesWhoseConsentWasWithdrawn() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String person = as(editor).body(Map.of("unitCode", setting.unitCode(), "name", "Mohamed",
                        "consentScope", "Voornaam in verhalen.", "channels", setting.channels(),
                        "givenOn", today.minusDays(1).toString(), "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        String body = "Mijn collega Mohamed zet koffie.\nWe zoeken collega's die " + MISSED + " komen.";
        Map<String, Object> content = content(setting, "Een nachtdienst", body);
        content.put("featuredPeople", List.of(person));
        String id = as(editor).body(storyInput(setting, content)).post("/api/v1/stories").then().statusCode(201).extract().path("id");
        transition(id, editor, "submit").then().statusCode(200);
        int start = body.indexOf(MISSED);
        as(communityManager("Joke")).body(Map.of("field", "body", "start", start, "end", start + MISSED.length(), "value", "just",
                "note", "Leeftijd")).post("/api/v1/stories/" + id + "/screening/misses").then().statusCode(201);

        String url = "/api/v1/screening-feedback/corpus?campaignId=" + setting.campaignId();
        String corpus = given().auth().oauth2(campaignManager()).get(url).then().statusCode(200).extract().asString();
        assertTrue(corpus.startsWith("=== feedback-" + id + "-r1 unit=" + setting.unitCode()), corpus);
        assertTrue(corpus.contains(" consented=Mohamed\n"), "the featured person in the text, not the author or contact: " + corpus);

        as(editor).body(Map.of("reason", "Wil er niet meer in.")).post("/api/v1/featured-people/" + person + "/consent-withdrawal")
                .then().statusCode(200);
        given().auth().oauth2(campaignManager()).get(url).then().statusCode(200).body(equalTo(""));
    }

    private static String story(Fixtures.Setting setting) {
        return as(editor(setting.unitCode())).body(storyInput(setting, content(setting, "Een nachtdienst", BODY)))
                .post("/api/v1/stories").then().statusCode(201).extract().path("id");
    }

    /** The text as the corpus's parser reads it: labels replaced by their text. */
    private static String unlabelled(String marked) {
        return marked.replaceAll("\\[\\[[a-z-]+:(.+?)]]", "$1");
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }
}
