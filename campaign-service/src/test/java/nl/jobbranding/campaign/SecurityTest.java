package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import nl.jobbranding.api.security.VerifiedTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.jobbranding.campaign.TestData.as;
import static nl.jobbranding.campaign.TestData.channel;
import static nl.jobbranding.campaign.TestData.createChannel;
import static nl.jobbranding.campaign.TestData.token;
import static nl.jobbranding.campaign.TestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.hamcrest.Matchers.equalTo;

/** campaign-service is closed on its own, also when reached without the gateway: every role reads, campaign managers write. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class SecurityTest {

    @Test
    void withoutATokenNothingIsReadableButHealthAndTheApiDocument() {
        RestAssured.given().get("/api/v1/campaigns").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        RestAssured.given().get("/api/v1/channels/linkedin").then().statusCode(401);
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
        RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200);
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"), containsString("agroal_"));
    }

    @Test
    void aForgedOrExpiredTokenIsRefused() {
        String foreign = DevTokens.inFolder(java.nio.file.Path.of("target", "foreign-keys"))
                .token("intruder", "Intruder", List.of(Roles.CAMPAIGN_MANAGER), null, Duration.ofHours(1));
        as(foreign).get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json");
        String expired = DevTokens.forTests().token("late", "Late", List.of(Roles.CAMPAIGN_MANAGER), null, Duration.ofSeconds(-120));
        as(expired).get("/api/v1/campaigns").then().statusCode(401);
    }

    /**
     * A token's signature is checked once and the verified token kept (VerifiedTokens): the kept token still ends at its
     * expiry, and a token that differs from a kept one only in its signature is checked, and refused.
     */
    @Inject
    JWTParser parser;

    @Test
    void aKeptTokenStillExpiresAndAChangedSignatureIsStillRefused() throws InterruptedException {
        assertInstanceOf(VerifiedTokens.class, parser, "every token check goes through the kept verified tokens");
        // A token accepted for 20 more seconds (a busy machine may take seconds per request): its expiry lies in the
        // past by less than the clock skew allowed.
        int skew = ConfigProvider.getConfig().getOptionalValue("mp.jwt.verify.clock.skew", Integer.class).orElse(60);
        long made = System.currentTimeMillis();
        String shortLived = DevTokens.forTests().token("brief", "Brief", List.of(Roles.CAMPAIGN_MANAGER), null,
                Duration.ofSeconds(20 - skew));
        as(shortLived).get("/api/v1/campaigns").then().statusCode(200);
        as(shortLived).get("/api/v1/campaigns").then().statusCode(200);
        String signature = shortLived.substring(shortLived.lastIndexOf('.') + 1);
        String otherSignature = shortLived.substring(0, shortLived.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        as(otherSignature).get("/api/v1/campaigns").then().statusCode(401);
        Thread.sleep(Math.max(0, made + 21_000 - System.currentTimeMillis()));
        as(shortLived).get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void everyRoleReadsOnlyCampaignManagersWrite() {
        String code = createChannel("text-post");
        for (String role : List.of(Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE)) {
            as(token(role, role.equals(Roles.UNIT_EDITOR) ? "DJI" : null)).get("/api/v1/channels/" + code).then().statusCode(200);
        }
        for (String role : List.of(Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.SERVICE)) {
            as(token(role, "DJI")).contentType(ContentType.JSON).body(channel(unique("ch"), "text-post"))
                    .post("/api/v1/channels").then().statusCode(403).contentType("application/problem+json");
            as(token(role, "DJI")).delete("/api/v1/channels/" + code).then().statusCode(403);
        }
        as(token(Roles.CAMPAIGN_MANAGER, null)).contentType(ContentType.JSON).body(channel(unique("ch"), "text-post"))
                .post("/api/v1/channels").then().statusCode(201);
    }
}
