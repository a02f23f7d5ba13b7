package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.as;
import static nl.jobbranding.content.Fixtures.editor;
import static nl.jobbranding.content.Fixtures.etag;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 17: a draft that names a channel outside its series, or a featured person whose consent does not cover the
 * story, is saved with warnings saying so (what submission would refuse), the same findings as screening the draft.
 */
@QuarkusTest
class EarlyWarningTest {

    @Inject
    TestClock clock;

    @Test
    void savingADraftWarnsOfAChannelOutsideTheSeriesAndOfConsentThatDoesNotCoverTheStory() {
        Fixtures.Setting setting = activeSeries(false);
        String editor = editor(setting.unitCode());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String person = as(editor).body(Map.of("unitCode", setting.unitCode(), "name", "Noor", "consentScope", "Voornaam.",
                        "channels", List.of(setting.channels().get(0)), "givenOn", today.minusDays(1).toString(),
                        "validUntil", today.plusYears(1).toString()))
                .post("/api/v1/featured-people").then().statusCode(201).extract().path("id");
        Map<String, Object> content = Fixtures.content(setting, "Een nachtdienst", "Om tien uur begint mijn dienst.");
        List<String> channels = new ArrayList<>(setting.channels());
        channels.add("buiten-de-serie");
        content.put("channels", channels);
        content.put("featuredPeople", List.of(person));

        JsonPath created = as(editor).body(Fixtures.storyInput(setting, content)).post("/api/v1/stories").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(List.of("careful.consent featuredPeople[0] warn", "channel-fit.outside-series channels[2] warn"),
                warnings(created), created.prettify());
        String id = created.getString("id");

        // The same definition as screening the draft.
        JsonPath screened = as(editor).body(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unitCode(), "content",
                Map.of("title", "x", "body", "y", "bodyFormat", "markdown", "language", "nl", "channels", setting.channels(),
                        "author", Map.of("name", "Sanne", "pseudonym", true, "role", "Inrichtingswerker"),
                        "featuredPeople", List.of(person)))).post("/api/v1/screenings").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("careful.consent featuredPeople[0] warn"), warnings(screened, "findings").stream()
                .filter(w -> w.startsWith("careful.consent") || w.startsWith("channel-fit.outside")).toList());

        content.put("channels", List.of(setting.channels().get(0)));
        as(editor).header("If-Match", etag(id)).body(Fixtures.storyInput(setting, content)).put("/api/v1/stories/" + id)
                .then().statusCode(200).body("revision", org.hamcrest.Matchers.equalTo(2)).body("warnings", empty());
        as(editor).get("/api/v1/stories/" + id).then().statusCode(200).body("warnings", nullValue())
                .body("content", not(anEmptyMap()));
    }

    private static List<String> warnings(JsonPath answer) {
        return warnings(answer, "warnings");
    }

    private static List<String> warnings(JsonPath answer, String list) {
        List<Map<String, Object>> findings = answer.getList(list);
        return findings.stream().map(f -> f.get("rule") + " " + f.get("field") + " " + f.get("severity")).sorted().toList();
    }
}
