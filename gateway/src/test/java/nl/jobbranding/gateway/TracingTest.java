package nl.jobbranding.gateway;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.jobbranding.runtime.ServiceTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One request through the gateway is one trace: the gateway's spans and the services' work share its trace id. */
@QuarkusTest
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aForwardedRequestIsOneTraceFromGatewayToService() {
        spans.reset();
        as(campaignManager()).get("/api/v1/channels").then().statusCode(200);
        SpanData client = await(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && s.getName().equals("GET campaign-service")).findFirst().orElse(null));
        SpanData server = await(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(client.getTraceId())).findFirst().orElse(null));
        assertEquals(server.getSpanId(), client.getParentSpanId(), "the call to the service is part of the gateway's request");
        assertTrue(logged(GatewayTestResources.CAMPAIGN_SERVICE, "[trace " + client.getTraceId() + "]"),
                "campaign-service worked in the same trace");
    }

    @Test
    void aComposedViewIsOneTraceThroughAllThreeApplications() {
        String campaignId = CampaignStoryEndToEndTest.campaign().campaignId();
        spans.reset();
        as(campaignManager()).get("/api/v1/campaign-overviews/" + campaignId).then().statusCode(200);
        SpanData server = await(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("campaign-overviews")).findFirst().orElse(null));
        List<SpanData> clients = await(() -> {
            List<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(server.getTraceId())).toList();
            return found.stream().anyMatch(s -> s.getName().contains("content-service")) ? found : null;
        });
        assertFalse(clients.isEmpty());
        assertTrue(clients.stream().anyMatch(s -> s.getName().contains("campaign-service")), "calls campaign-service in the trace");
        assertTrue(logged(GatewayTestResources.CONTENT_SERVICE, "[trace " + server.getTraceId() + "]"),
                "content-service worked in the same trace");
    }

    private static <T> T await(Supplier<T> condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            sleep();
        }
        throw new AssertionError("not within 10 seconds");
    }

    private static boolean logged(String module, String text) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (ServiceTestResource.log(module).contains(text)) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
