package nl.jobbranding.campaign;

import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.contract.MaxLengthCheck;
import nl.jobbranding.runtime.contract.MaxLengthCheck.Request;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.campaign.TestData.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, item 13: every documented maxLength of campaign-service's request bodies, found in its served OpenAPI
 * document, holds: a value of exactly that length (in two-byte characters where the field allows them) is taken and
 * read back as sent, one character more is a 400 naming the field ({@link MaxLengthCheck}).
 */
@QuarkusTest
class MaxLengthTest {

    private static final String MANAGER = TestData.token(Roles.CAMPAIGN_MANAGER, null);

    @Test
    void everyDocumentedMaxLengthFitsItsColumnAndIsChecked() {
        List<String> wrong = MaxLengthCheck.ofServedDocument()
                .fixture("createChannel", () -> new Request(MANAGER, "/api/v1/channels", null, TestData.channel(TestData.unique("ch"))))
                .fixture("updateChannel", () -> {
                    String code = TestData.createChannel();
                    return new Request(MANAGER, "/api/v1/channels/" + code, etag("/api/v1/channels/" + code), TestData.channel(code));
                })
                .fixture("createTargetGroup", () -> new Request(MANAGER, "/api/v1/target-groups", null, targetGroup(TestData.unique("tg"))))
                .fixture("updateTargetGroup", () -> {
                    String code = TestData.createTargetGroup();
                    return new Request(MANAGER, "/api/v1/target-groups/" + code, etag("/api/v1/target-groups/" + code), targetGroup(code));
                })
                .fixture("createUnit", () -> new Request(MANAGER, "/api/v1/units", null, unit(TestData.uniqueUnit())))
                .fixture("updateUnit", () -> {
                    String code = TestData.createUnit(false);
                    return new Request(MANAGER, "/api/v1/units/" + code, etag("/api/v1/units/" + code), unit(code));
                })
                .fixture("createCampaign", () -> new Request(MANAGER, "/api/v1/campaigns", null, campaign()))
                .fixture("updateCampaign", () -> {
                    String id = TestData.post("/api/v1/campaigns", campaign()).get("id").toString();
                    return new Request(MANAGER, "/api/v1/campaigns/" + id, etag("/api/v1/campaigns/" + id), campaign());
                })
                .fixture("createSeries", () -> new Request(MANAGER, "/api/v1/series", null, series()))
                .fixture("updateSeries", () -> {
                    Map<String, Object> series = series();
                    String id = TestData.createSeries(series);
                    return new Request(MANAGER, "/api/v1/series/" + id, etag("/api/v1/series/" + id), series);
                })
                // Stored in E.164 form (at most 16 characters), so no valid number is 32 characters long as sent; the
                // column holds 32. Its limit is still refused beyond 32 by the same check as every field.
                .skip("createUnit contact.phone", "a phone number is stored in E.164 form, never as sent")
                .skip("updateUnit contact.phone", "a phone number is stored in E.164 form, never as sent")
                .run("campaign-service");
        assertEquals(List.of(), wrong);
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> targetGroup(String code) {
        return new java.util.HashMap<>(Map.of("code", code, "name", "Doelgroep " + code, "description", "Mensen met werkervaring."));
    }

    private static Map<String, Object> unit(String code) {
        Map<String, Object> unit = TestData.unit(code, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) unit.get("contact");
        contact.put("url", "https://www.example.nl/vraag-het-ons");
        return unit;
    }

    /** A draft campaign with a value and a screening term of its own, so their fields are there to lengthen. */
    private static Map<String, Object> campaign() {
        Map<String, Object> campaign = TestData.campaign(TestData.unique("Campagne"), List.of(TestData.createChannel()), List.of());
        campaign.put("description", "Een campagne.");
        campaign.put("values", new ArrayList<>(List.of(new java.util.HashMap<>(Map.of("code", TestData.unique("waarde"),
                "name", "Inclusief", "guidance", "Iedereen is welkom.")))));
        campaign.put("screeningTerms", new ArrayList<>(List.of(new java.util.HashMap<>(Map.of("phrase", "topsport", "value", "careful",
                "severity", "warn", "note", "Spreekt alleen sporters aan.")))));
        return campaign;
    }

    private static Map<String, Object> series() {
        String channel = TestData.createChannel();
        Map<String, Object> series = TestData.series(TestData.createActiveCampaign(List.of(channel), List.of()), TestData.createUnit(false),
                TestData.unique("Serie"), List.of(channel), 2);
        series.put("description", "Een serie.");
        return series;
    }
}
