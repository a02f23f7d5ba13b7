package nl.jobbranding.gateway.client;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The gateway's only way to the services: builds the request to the configured service (never to a target taken from
 * the request), sends it through that service's guard, and turns every failure (refused, timed out, circuit open)
 * into a 503 problem with Retry-After.
 */
@ApplicationScoped
public class DownstreamClient {

    static final int HARD_TIMEOUT_SECONDS = 10;
    /** How long a circuit stays open, and so what a 503 answer's Retry-After says. */
    public static final int OPEN_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(DownstreamClient.class);

    private final GatewayConfig config;
    private final ServiceCalls calls;
    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    DownstreamClient(GatewayConfig config, ServiceCalls calls, OpenTelemetry telemetry) {
        this.config = config;
        this.calls = calls;
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("nl.jobbranding.gateway");
    }

    /**
     * Sends one request to a service.
     *
     * @param pathAndQuery the path below the service's base URL, with the raw query string
     * @param headers      the headers to send (already filtered)
     * @param body         the raw body, or null
     */
    public HttpResponse<byte[]> send(Downstream downstream, String method, String pathAndQuery, Map<String, List<String>> headers,
                                     byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl(downstream) + pathAndQuery))
                .timeout(settings(downstream).timeout())
                .method(method, body == null || body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        // One trace through every hop: a client span for this call, its context passed on in traceparent.
        Span span = tracer.spanBuilder(method + " " + downstream.serviceName()).setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", method).setAttribute("url.path", pathAndQuery)
                .setAttribute("peer.service", downstream.serviceName()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), request, HttpRequest.Builder::header);
            HttpRequest built = request.build();
            // Only reads are retried. PUT and DELETE are idempotent too, but the services guard them with If-Match: a
            // retry after a lost answer would meet its own change and get 412.
            boolean retry = "GET".equals(method) || "HEAD".equals(method);
            HttpResponse<byte[]> response = downstream == Downstream.CAMPAIGN_SERVICE
                    ? calls.campaignService(built, retry) : calls.contentService(built, retry);
            span.setAttribute("http.response.status_code", response.statusCode());
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            span.setStatus(StatusCode.ERROR);
            throw unavailable(downstream, method, pathAndQuery, e);
        } catch (IOException | RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.toString());
            throw unavailable(downstream, method, pathAndQuery, e);
        } finally {
            span.end();
        }
    }

    /** The service's base URL, from configuration, without a trailing slash. */
    public String baseUrl(Downstream downstream) {
        return settings(downstream).url().toString().replaceAll("/+$", "");
    }

    private GatewayConfig.Downstream settings(Downstream downstream) {
        return downstream == Downstream.CAMPAIGN_SERVICE ? config.campaignService() : config.contentService();
    }

    private static ServiceException unavailable(Downstream downstream, String method, String path, Exception e) {
        LOG.warnf("%s did not answer %s %s: %s", downstream.serviceName(), method, path, e.toString());
        return ServiceException.unavailable(downstream.serviceName(), OPEN_SECONDS);
    }
}
