package nl.jobbranding.gateway;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One request through the gateway is one trace: the gateway's spans and the services' work share its trace id. */
@QuarkusTest
class TracingTest {

    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aForwardedRequestIsOneTraceFromGatewayToService() {
        spans.reset();
        as(campaignManager()).get("/api/v1/channels").then().statusCode(200);
        SpanData client = Eventually.value(TEN_SECONDS, () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CLIENT && s.getName().equals("GET campaign-service")).findFirst().orElse(null));
        SpanData server = Eventually.value(TEN_SECONDS, () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(client.getTraceId())).findFirst().orElse(null));
        assertEquals(server.getSpanId(), client.getParentSpanId(), "the call to the service is part of the gateway's request");
        assertTrue(Eventually.logged(TEN_SECONDS, GatewayTestResources.CAMPAIGN_SERVICE, "[trace " + client.getTraceId() + "]"),
                "campaign-service worked in the same trace");
    }

    @Test
    void aComposedViewIsOneTraceThroughAllThreeApplications() {
        String campaignId = CampaignStoryEndToEndTest.campaign().campaignId();
        spans.reset();
        as(campaignManager()).get("/api/v1/campaign-overviews/" + campaignId).then().statusCode(200);
        SpanData server = Eventually.value(TEN_SECONDS, () -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("campaign-overviews")).findFirst().orElse(null));
        List<SpanData> clients = Eventually.value(TEN_SECONDS, () -> {
            List<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(server.getTraceId())).toList();
            return found.stream().anyMatch(s -> s.getName().contains("content-service")) ? found : null;
        });
        assertFalse(clients.isEmpty());
        assertTrue(clients.stream().anyMatch(s -> s.getName().contains("campaign-service")), "calls campaign-service in the trace");
        assertTrue(Eventually.logged(TEN_SECONDS, GatewayTestResources.CONTENT_SERVICE, "[trace " + server.getTraceId() + "]"),
                "content-service worked in the same trace");
    }
}
