package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.contract.MaxLengthCheck;
import nl.jobbranding.runtime.contract.MaxLengthCheck.Request;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.campaignManager;
import static nl.jobbranding.content.Fixtures.communityManager;
import static nl.jobbranding.content.Fixtures.content;
import static nl.jobbranding.content.Fixtures.createStory;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.etag;
import static nl.jobbranding.content.Fixtures.storyInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, item 13: every documented maxLength of content-service's request bodies, found in its served OpenAPI
 * document, holds: a value of exactly that length (in two-byte characters where the field allows them) is taken and
 * read back as sent, one character more is a 400 naming the field ({@link MaxLengthCheck}). Every operation with such
 * a field has a fixture that reaches the state it needs through the API (a submitted, claimed or rejected story, a
 * finding to dismiss, an appeal to decide, a request to answer); the skip list keeps only fields no valid value of
 * the documented length exists for, each with the reason.
 */
@QuarkusTest
class MaxLengthTest {

    /** A campaign value's code of 40 characters, the most campaign-service and a verdict allow. */
    private static final String LONG_VALUE = code("waarde", 40);
    /** A channel's code of 32 characters, the most campaign-service and content-service allow. */
    private static final String LONG_CHANNEL = code("kanaal", 32);
    /** A target group's code of 40 characters, the most campaign-service and a story request allow. */
    private static final String LONG_TARGET_GROUP = code("doelgroep", 40);
    private static final String EVENT_TYPE = "must name one of the event types the document lists, none of which is 60 characters long";
    /** A secret is 'whsec_' and the base64 of 24 to 64 bytes: at most 94 characters. */
    private static final String SECRET = "must be 'whsec_' and the base64 of at most 64 bytes, so 94 characters at most";
    /** Under the prefix the tests' settings allow (content.webhooks.allowed-urls); nothing listens there. */
    private static final String WEBHOOK_URL = "http://localhost:9/lengte/";
    private static final String STORY_REQUESTS = "/api/v1/story-requests";
    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";
    private static final String CITIZEN_NUMBER_BODY = "Bij de intake noteer ik het BSN 123456782 van de bezoeker.";

    @Inject
    TestClock clock;

    @Test
    void everyDocumentedMaxLengthFitsItsColumnAndIsChecked() {
        // the campaign's own value has a code of the 40 characters a verdict's value may have
        // and its first channel a code of the 32 characters a channel's may have
        Fixtures.Setting setting = activeSeries(false, List.of(Map.of("code", LONG_VALUE, "name", "Inclusief",
                "guidance", "Iedereen is welkom.")), List.of(LONG_CHANNEL, Fixtures.unique("ch").toLowerCase()));
        Fixtures.campaignService().body(Map.of("code", LONG_TARGET_GROUP, "name", "Lange doelgroep"))
                .post("/api/v1/target-groups").then().statusCode(201);
        String editor = editor(setting.unitCode());
        List<String> wrong = MaxLengthCheck.ofServedDocument()
                .fixture("createStory", () -> new Request(editor, "/api/v1/stories", null, story(setting)))
                .fixture("updateStory", () -> {
                    String id = createStory(setting);
                    return new Request(editor, "/api/v1/stories/" + id, etag(id), story(setting));
                })
                .fixture("screenDraft", () -> new Request(editor, "/api/v1/screenings", null, new HashMap<>(Map.of(
                        "unitCode", setting.unitCode(), "seriesId", setting.seriesId(), "content", content(setting, "Titel", "Tekst.")))))
                .storesNothing("screenDraft", "a screening stores nothing and answers findings, not the text")
                .fixture("transitionStory", () -> {
                    String id = createStory(setting);
                    return new Request(editor, "/api/v1/stories/" + id + "/transitions", etag(id),
                            new HashMap<>(Map.of("action", "submit", "reason", "Klaar.")), "/api/v1/stories/" + id + "/audit-trail");
                })
                .fixture("reviewStory", () -> {
                    String id = Fixtures.submittedStory(setting);
                    Fixtures.transition(id, communityManager("Lengte"), "claim").then().statusCode(200);
                    Map<String, Object> review = review(setting, "concern", "request-changes", "Te lang.");
                    return new Request(communityManager("Lengte"), "/api/v1/stories/" + id + "/reviews", etag(id), review);
                })
                .exactly("reviewStory values[0].value", LONG_VALUE)
                .exactly("reviewStory channels[0].channel", LONG_CHANNEL)
                .fixture("addComment", () -> {
                    String id = createStory(setting);
                    return new Request(editor, "/api/v1/stories/" + id + "/revisions/1/comments", null,
                            new HashMap<>(Map.of("text", "Graag korter.")));
                })
                .fixture("createFeaturedPerson", () -> new Request(editor, "/api/v1/featured-people", null, person(setting)))
                .fixture("withdrawConsent", () -> new Request(editor, "/api/v1/featured-people/" + personId(setting, editor)
                        + "/consent-withdrawal", null, new HashMap<>(Map.of("reason", "Wil niet meer."))))
                .fixture("changeConsent", () -> {
                    String person = "/api/v1/featured-people/" + personId(setting, editor);
                    return new Request(editor, person + "/consent-change", as(editor).get(person).then().statusCode(200).extract().header("ETag"),
                            new HashMap<>(Map.of("consentScope", "Voornaam.", "channels", setting.channels(),
                                    "validUntil", today().plusYears(2).toString())));
                })
                .fixture("appealDecision", () -> {
                    String id = Fixtures.submittedStory(setting);
                    return new Request(editor, appeals(id), null, new HashMap<>(Map.of("reviewId", rejected(setting, id),
                            "reasons", "De collega heeft toestemming gegeven.")));
                })
                .fixture("decideAppeal", () -> {
                    String id = Fixtures.submittedStory(setting);
                    Response filed = as(editor).body(Map.of("reviewId", rejected(setting, id), "reasons", "Er is toestemming."))
                            .post(appeals(id));
                    filed.then().statusCode(201);
                    return new Request(communityManager("Beroep"), appeals(id) + "/" + filed.path("id") + "/decision",
                            filed.header("ETag"), new HashMap<>(Map.of("outcome", "upheld", "reasons", "De beslissing blijft.")));
                })
                .fixture("decideInBulk", () -> {
                    String id = claimedStory(setting, Fixtures.createStory(setting));
                    Map<String, Object> review = review(setting, "concern", "request-changes", null);
                    Map<String, Object> item = new HashMap<>(Map.of("storyId", id,
                            "version", Long.parseLong(etag(id).replace("\"", "")), "revision", 1,
                            "values", review.get("values"), "channels", review.get("channels")));
                    return new Request(communityManager("Lengte"), "/api/v1/bulk-decisions", null, new HashMap<>(Map.of(
                            "action", "request-changes", "reasons", "Korter graag.", "items", List.of(item))),
                            "/api/v1/stories/" + id + "/reviews");
                })
                .exactly("decideInBulk items[0].values[0].value", LONG_VALUE)
                .exactly("decideInBulk items[0].channels[0].channel", LONG_CHANNEL)
                .fixture("dismissFinding", () -> {
                    String id = claimedStory(setting, as(editor).body(storyInput(setting, content(setting, "Intake", CITIZEN_NUMBER_BODY)))
                            .post("/api/v1/stories").then().statusCode(201).extract().path("id"));
                    String finding = as(editor).get("/api/v1/stories/" + id + "/screening").then().statusCode(200).extract()
                            .path("findings.find { it.rule == 'careful.citizen-service-number' }.id");
                    return new Request(communityManager("Lengte"), "/api/v1/stories/" + id + "/screening/dismissals", null,
                            new HashMap<>(Map.of("findingId", finding, "reason", "Fictief nummer uit de training.")));
                })
                .skip("dismissFinding findingId", "must be the id of one of the story's findings, made by the pre-screen "
                        + "as rule@field:start-end; none is that long")
                .fixture("reportMiss", () -> new Request(communityManager("Lengte"), "/api/v1/stories/"
                        + Fixtures.submittedStory(setting) + "/screening/misses", null, new HashMap<>(Map.of("field", "body",
                        "start", 0, "end", 6, "value", "just", "note", "Gemist."))))
                .fixture("createStoryRequest", () -> new Request(campaignManager(), STORY_REQUESTS, null, storyRequest(setting)))
                .exactly("createStoryRequest channel", LONG_CHANNEL)
                .exactly("createStoryRequest targetGroup", LONG_TARGET_GROUP)
                .fixture("decideStoryRequest", () -> {
                    Response created = as(campaignManager()).body(storyRequest(setting)).post(STORY_REQUESTS);
                    created.then().statusCode(201);
                    return new Request(editor, STORY_REQUESTS + "/" + created.path("id") + "/decision", created.header("ETag"),
                            new HashMap<>(Map.of("decision", "accept", "reason", "Past in de serie.")));
                })
                .fixture("createWebhookSubscription", () -> new Request(campaignManager(), SUBSCRIPTIONS, null, subscription()))
                .fixture("updateWebhookSubscription", () -> {
                    Response created = as(campaignManager()).body(subscription()).post(SUBSCRIPTIONS);
                    created.then().statusCode(201);
                    Map<String, Object> change = subscription();
                    change.put("status", "disabled");
                    return new Request(campaignManager(), SUBSCRIPTIONS + "/" + created.path("id"), created.header("ETag"), change);
                })
                .startsWith("createWebhookSubscription url", WEBHOOK_URL)
                .startsWith("updateWebhookSubscription url", WEBHOOK_URL)
                .skip("createWebhookSubscription eventTypes[0]", EVENT_TYPE)
                .skip("updateWebhookSubscription eventTypes[0]", EVENT_TYPE)
                .skip("createWebhookSubscription secret", SECRET)
                .skip("updateWebhookSubscription secret", SECRET)
                .run("content-service");
        assertEquals(List.of(), wrong);
    }

    /** A code of exactly this length, unique to the run: lower-case letters, digits and hyphens. */
    private static String code(String start, int length) {
        return (start + "-" + Long.toString(Math.abs(System.nanoTime()), 36) + "-" + "a".repeat(length)).substring(0, length);
    }

    /** A review of revision 1 with a verdict on the campaign's own value too. */
    private static Map<String, Object> review(Fixtures.Setting setting, String verdict, String decision, String reasons) {
        Map<String, Object> review = Fixtures.review(setting, 1, verdict, decision, reasons);
        Map<String, Object> own = new HashMap<>(Map.of("value", LONG_VALUE, "verdict", verdict));
        if (!"meets".equals(verdict)) {
            own.put("explanation", "Toelichting.");
        }
        List<Map<String, Object>> values = new java.util.ArrayList<>(List.of(own));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> given = (List<Map<String, Object>>) review.get("values");
        values.addAll(given);
        review.put("values", values);
        return review;
    }

    /** A story rejected by a community manager; answers the review's id. */
    private static String rejected(Fixtures.Setting setting, String id) {
        claimedStory(setting, id);
        return Fixtures.decide(id, communityManager("Lengte"), review(setting, "meets", "reject", "Past niet."))
                .then().statusCode(201).extract().path("id");
    }

    /** The story submitted (when a draft) and claimed by a community manager. */
    private static String claimedStory(Fixtures.Setting setting, String id) {
        if ("draft".equals(as(campaignManager()).get("/api/v1/stories/" + id).then().extract().path("state"))) {
            Fixtures.transition(id, editor(setting.unitCode()), "submit").then().statusCode(200);
        }
        Fixtures.transition(id, communityManager("Lengte"), "claim").then().statusCode(200);
        return id;
    }

    private static String appeals(String storyId) {
        return "/api/v1/stories/" + storyId + "/appeals";
    }

    private static Map<String, Object> storyRequest(Fixtures.Setting setting) {
        return new HashMap<>(Map.of("unitCode", setting.unitCode(), "seriesId", setting.seriesId(), "topic", "Een nachtdienst",
                "channel", setting.channels().get(0), "wantedBy", "2027-03", "notes", "Vacatures lopen tot april."));
    }

    /** A subscription to an event no test makes, at an address nothing listens at. */
    private static Map<String, Object> subscription() {
        return new HashMap<>(Map.of("url", WEBHOOK_URL + "hook", "eventTypes", List.of("campaign.deleted"),
                "description", "Lengtetest"));
    }

    private static Map<String, Object> story(Fixtures.Setting setting) {
        return storyInput(setting, content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst."));
    }

    private Map<String, Object> person(Fixtures.Setting setting) {
        return new HashMap<>(Map.of("unitCode", setting.unitCode(), "name", "Mohamed", "consentScope", "Voornaam.",
                "channels", setting.channels(), "givenOn", today().toString(), "validUntil", today().plusYears(1).toString()));
    }

    private String personId(Fixtures.Setting setting, String editor) {
        return as(editor).body(person(setting)).post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
