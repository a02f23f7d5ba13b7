package nl.jobbranding.gateway;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.DevTokens;

import java.time.Duration;
import java.util.List;

/** Requests as the product's roles, with tokens signed by the test run's key pair. */
final class Tokens {

    private Tokens() {
    }

    static String campaignManager() {
        return DevTokens.forTests().token("campagneteam", "Campagneteam", List.of(Roles.CAMPAIGN_MANAGER), null, Duration.ofHours(1));
    }

    static String communityManager(String name) {
        return DevTokens.forTests().token("cm-" + name.toLowerCase(), name, List.of(Roles.COMMUNITY_MANAGER), null, Duration.ofHours(1));
    }

    static String editor(String unit) {
        return DevTokens.forTests().token("redactie-" + unit.toLowerCase(), "Redactie " + unit, List.of(Roles.UNIT_EDITOR), unit,
                Duration.ofHours(1));
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
