package nl.jobbranding.gateway.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a console page costs in service calls, read from its {@code Server-Timing} header: what does not change per
 * request (channels, the campaign's values, the filters' lists) is kept by the gateway, so a page read again makes only
 * the calls for what is its own. Counts, not times: they do not depend on the machine's load.
 */
@QuarkusTest
class ConsolePageCostTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern CALLS = Pattern.compile("services;desc=\"(\\d+) calls\";dur=[0-9.]+");

    @Test
    void aReviewPageReadAgainAsksOnlyForTheStoryAndWhatHangsOnItAndTheQueueOnlyForTheQueue() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String story = ConsoleData.submittedStory(setting, "Een dag op de afdeling", "Vandaag begon om zeven uur met de overdracht.");
        String session = signIn("community-manager-fatima");

        get(session, "/console/stories/" + story);
        Response again = get(session, "/console/stories/" + story);
        // The story with its screening, revisions, comments and audit trail in one answer (content-service's review
        // context); its two channels and the campaign's values are kept.
        assertEquals(1, calls(again), again.header("Server-Timing"));
        assertTrue(again.asString().contains("Persoonlijk en zakelijk."), "the channels' expectations are still on the page");

        get(session, "/console/queue");
        Response queue = get(session, "/console/queue?campaignId=" + setting.campaignId());
        assertEquals(1, calls(queue), queue.header("Server-Timing"));
        String page = queue.asString();
        assertTrue(page.contains("value=\"" + setting.campaignId() + "\" selected>" + setting.campaignName() + "</option>"),
                "campaigns are chosen by name, and the chosen one stays selected");
        assertTrue(page.contains("<option value=\"\">Alle eenheden</option>") && page.contains("<option value=\"\">Alle kanalen</option>"),
                "units and channels are chosen from lists too");
    }

    @Test
    void theEditPageAsksForEachThingOnceAndKeepsTheChannels() {
        ConsoleData.Setting setting = ConsoleData.sensitiveUnit();
        String story = ConsoleData.submittedStory(setting, "Een nacht op de afdeling", "Om elf uur begint de nachtdienst met een ronde.");
        String session = signIn("unit-editor-" + setting.unit());

        get(session, "/console/stories/" + story + "/edit");
        Response again = get(session, "/console/stories/" + story + "/edit");
        // The story, its comments, the unit's featured people, the series and the pre-screen of the text: each channel
        // is neither asked twice (form and lengths) nor again (kept).
        assertEquals(5, calls(again), again.header("Server-Timing"));
        String page = again.asString();
        assertTrue(page.contains("LinkedIn ") && page.contains("(hoogstens 3000 tekens)"), "the channels' names and lengths are on the page");
        assertTrue(page.contains("van 2200 tekens"), "the length per channel is shown");
    }

    private static int calls(Response page) {
        assertEquals(200, page.statusCode());
        Matcher calls = CALLS.matcher(String.valueOf(page.header("Server-Timing")));
        assertTrue(calls.find(), "Server-Timing: " + page.header("Server-Timing"));
        return Integer.parseInt(calls.group(1));
    }

    private static Response get(String session, String path) {
        return RestAssured.given().cookie("jb-console-session", session).get(path);
    }

    private static String signIn(String persona) {
        ConsoleData.persona(persona);
        Response page = RestAssured.given().get("/console/sign-in");
        Matcher csrf = CSRF.matcher(page.asString());
        assertTrue(csrf.find());
        Response signedIn = RestAssured.given().redirects().follow(false).cookies(page.getCookies())
                .formParam("csrf-token", csrf.group(1)).formParam("persona", persona).post("/console/sign-in");
        assertEquals(303, signedIn.statusCode());
        return signedIn.getCookie("jb-console-session");
    }
}
