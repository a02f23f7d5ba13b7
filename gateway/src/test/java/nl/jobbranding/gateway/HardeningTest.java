package nl.jobbranding.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.communityManager;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway tried as an attacker and a careless client would: forged hosts, foreign tokens, malformed requests. */
@QuarkusTest
class HardeningTest {

    @TestHTTPResource("/")
    URL gateway;

    /**
     * The gateway sets the forwarded headers itself and passes none of a client's on: the services trust the gateway's
     * (they would take a forged prefix or port too), so a forged one that got through would show in their links.
     */
    @Test
    void aClientCannotSetTheHostOfLinksAndLocations() {
        String code = "ch-" + UUID.randomUUID().toString().substring(0, 8);
        as(campaignManager()).header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Prefix", "/evil").header("X-Forwarded-Port", "6666")
                .header("Forwarded", "host=evil.example;proto=https").body(ForwardingTest.channel(code)).post("/api/v1/channels")
                .then().statusCode(201).header("Location", equalTo(gateway + "api/v1/channels/" + code));
        as(campaignManager()).header("X-Forwarded-Host", "evil.example").get("/api/v1/channels?limit=1").then().statusCode(200)
                .body("_links.next.href", startsWith(gateway + "api/v1/channels?"));
        RestAssured.given().header("X-Forwarded-Host", "evil.example").get("/api/v1/public-feed?limit=1").then().statusCode(200)
                .body("_links.self.href", startsWith(gateway + "api/v1/public-feed"));
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIsRefused() {
        String foreign = DevTokens.forTests().token("campagneteam", "Campagneteam", List.of(Roles.CAMPAIGN_MANAGER), null,
                Duration.ofHours(1), "another-api");
        as(foreign).get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        as(foreign).get("/api/v1/moderation-overview").then().statusCode(401).contentType("application/problem+json");
        as(foreign).get("/api/v1/published-stories").then().statusCode(401);
        String none = DevTokens.forTests().token("campagneteam", "Campagneteam", List.of(Roles.CAMPAIGN_MANAGER), null,
                Duration.ofHours(1), null);
        as(none).get("/api/v1/campaigns").then().statusCode(401).contentType("application/problem+json");
        as(campaignManager()).get("/api/v1/campaigns").then().statusCode(200);
    }

    @Test
    void aServicesRefusalInsideAComposedViewIsPassedOn() {
        as(communityManager("Fatima")).get("/api/v1/moderation-overview?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("cursor"))
                .body("instance", equalTo("/api/v1/moderation-overview"));
        RestAssured.given().get("/api/v1/public-feed?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("cursor"));
    }

    /** Issue 13, item 6: the public feed degrades, it does not fail, when campaign-service (the names) is away. */
    @Test
    void thePublicFeedDegradesWithoutCampaignService() {
        CampaignStoryEndToEndTest.Campaign setting = CampaignStoryEndToEndTest.campaign();
        String id = PublicFeedTest.publish(setting, "Als een dienst wegvalt");
        String channel = setting.channels().get(0);
        ServiceTestResource.stop(GatewayTestResources.CAMPAIGN_SERVICE);
        try {
            RestAssured.given().get("/api/v1/public-feed?limit=5&channel=" + channel).then().statusCode(200)
                    .body("items.story.id", org.hamcrest.Matchers.hasItem(id));
        } finally {
            ServiceTestResource.restart(GatewayTestResources.CAMPAIGN_SERVICE);
            Recovery.awaitAllWell();
        }
    }

    @Test
    void malformedRequestsGetAProblemDocument() throws IOException {
        String port = String.valueOf(gateway.getPort());
        for (String path : List.of("/api/v1/published-stories", "/api/v1/public-feed", "/api/v1/nothing-here")) {
            assertProblem(raw("GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
        }
        assertProblem(raw("POST /api/v1/channels HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: ;;;/x\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}"), 400);
        assertProblem(raw("GET /api/v1/published-stories?q=" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n\r\n"), 414);
        assertProblem(raw("GET /api/v1/published-stories HTTP/1.1\r\nHost: localhost:" + port + "\r\nX-Big: " + "y".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 431);
        // Dot segments do not turn a closed collection into a public read.
        assertProblem(raw("GET /api/v1/published-stories/../campaigns HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n\r\n"), 401);
        String chunk = "{\"code\": \"" + "z".repeat(300_000) + "\"}";
        assertProblem(raw("POST /api/v1/channels HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer " + campaignManager()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n"), 413);
        as(campaignManager()).get("/api/v1/channels?limit=1").then().statusCode(200).header("Content-Type", not(containsString("problem")));
    }

    /**
     * Requests over the HTTP server's own limits (a body over 1 MB, a request line and headers beyond the API's limits)
     * get a problem document from the gateway and from each service, not the server's empty answer.
     */
    @Test
    void requestsOverTheLimitsGetAProblemDocumentFromEveryApp() throws IOException {
        for (URI app : List.of(URI.create(gateway.toString()), URI.create(ServiceTestResource.baseUrl("campaign-service")),
                URI.create(ServiceTestResource.baseUrl("content-service")))) {
            String host = "\r\nHost: " + app.getHost() + ":" + app.getPort();
            String body = "{\"code\": \"" + "z".repeat(2_000_000) + "\"}";
            assertProblem(raw(app, "POST /api/v1/channels HTTP/1.1" + host + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body), 413);
            assertProblem(raw(app, "GET /api/v1/channels?q=" + "x".repeat(5000) + " HTTP/1.1" + host
                    + "\r\nConnection: close\r\n\r\n"), 414);
            assertProblem(raw(app, "GET /api/v1/channels HTTP/1.1" + host + "\r\nX-Big: " + "y".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n"), 431);
        }
    }

    private String raw(String request) throws IOException {
        return raw(URI.create(gateway.toString()), request);
    }

    /** Sends bytes as they are, for requests no HTTP client library would make; answers the whole response. */
    private static String raw(URI app, String request) throws IOException {
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // refused before the whole request was sent: the answer is there to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answer.write(buffer, 0, read);
                }
            } catch (IOException e) {
                // the server may close the connection while the rest of a refused request is still being sent
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String response, int status) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response.lines().findFirst().orElse(response));
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"status\":" + status), response);
    }
}
