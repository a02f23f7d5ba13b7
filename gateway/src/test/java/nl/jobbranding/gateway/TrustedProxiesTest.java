package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.runtime.ServiceProcess;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static nl.jobbranding.gateway.Tokens.editor;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 13, item 5: the services take {@code X-Forwarded-*} headers only from the addresses they trust, the gateway's.
 * The other tests run everything on loopback, which the services trust locally, so here each service runs once more
 * with the trusted proxies of the Kubernetes manifests (the pod network; loopback is not in it), and a client reaching
 * it directly sends forged forwarded headers: its {@code Location} headers and {@code _links} keep the service's own
 * address. From a trusted address the same headers are taken, which is how links point at the gateway.
 */
@QuarkusTest
class TrustedProxiesTest {

    private static final String SETTING = "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES";
    private static final Path MANIFEST = Path.of("deploy", "kubernetes", "base", "kustomization.yaml");

    @Test
    void aServiceReachedDirectlyIgnoresForwardedHeadersFromAnAddressItDoesNotTrust() {
        String trusted = productionTrustedProxies();
        // Trusting any address is the hole itself; with loopback among them this test could not tell.
        for (String any : List.of("0.0.0.0/0", "::/0", "*", "127.", "::1", "localhost")) {
            assertFalse(trusted.contains(any), "production trusts forwarded headers from " + trusted);
        }
        CampaignStoryEndToEndTest.Campaign setting = CampaignStoryEndToEndTest.campaign();
        try (ServiceProcess campaignService = ServiceTestResource.startAnother(GatewayTestResources.CAMPAIGN_SERVICE, Map.of(SETTING, trusted));
             ServiceProcess contentService = ServiceTestResource.startAnother(GatewayTestResources.CONTENT_SERVICE, Map.of(SETTING, trusted))) {
            String own = campaignService.baseUrl();
            String code = "ch-" + UUID.randomUUID().toString().substring(0, 8);
            forged(as(campaignManager()).baseUri(own)).body(ForwardingTest.channel(code)).post("/api/v1/channels").then().statusCode(201)
                    .header("Location", startsWith(own + "/api/v1/channels/" + code));
            forged(as(campaignManager()).baseUri(own)).get("/api/v1/channels?limit=1").then().statusCode(200)
                    .body("_links.self.href", startsWith(own + "/api/v1/channels?"))
                    .body("_links.next.href", startsWith(own + "/api/v1/channels?"));

            String content = contentService.baseUrl();
            forged(as(editor(setting.unit())).baseUri(content)).body(story(setting)).post("/api/v1/stories").then().statusCode(201)
                    .header("Location", startsWith(content + "/api/v1/stories/"));
            forged(as(editor(setting.unit())).baseUri(content)).get("/api/v1/stories?limit=1").then().statusCode(200)
                    .body("_links.self.href", startsWith(content + "/api/v1/stories?"));
        }
        // The same headers from a trusted address (loopback, as the tests' own instances trust) are taken: the setting
        // above, not the services' code, is what kept them out.
        forged(as(campaignManager()).baseUri(ServiceTestResource.baseUrl(GatewayTestResources.CAMPAIGN_SERVICE)))
                .get("/api/v1/channels?limit=1").then().statusCode(200)
                .body("_links.self.href", startsWith("https://evil.example"));
    }

    /** A direct client's forged forwarded headers (the Host header stays the address it really reached). */
    private static RequestSpecification forged(RequestSpecification request) {
        return request.header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "6666").header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "for=192.0.2.1;host=evil.example;proto=https");
    }

    private static Map<String, Object> story(CampaignStoryEndToEndTest.Campaign setting) {
        return new HashMap<>(Map.of("seriesId", setting.seriesId(), "unitCode", setting.unit(),
                "content", CampaignStoryEndToEndTest.content(setting, "Vanaf een ander adres", "Een verhaal, direct gestuurd.")));
    }

    /** The services' trusted proxies as the Kubernetes manifests set them for production. */
    static String productionTrustedProxies() {
        Path manifest = ServiceProcess.projectRoot().resolve(MANIFEST);
        try {
            return Files.readAllLines(manifest).stream().map(String::trim).filter(line -> line.startsWith("- " + SETTING + "="))
                    .map(line -> line.substring(line.indexOf('=') + 1).trim()).findFirst()
                    .orElseThrow(() -> new AssertionError(manifest + " sets no " + SETTING + ": the services would trust their default"));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + manifest, e);
        }
    }
}
