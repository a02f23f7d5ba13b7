package nl.jobbranding.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.rest.RequestIds;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.routing.Downstream;
import org.jboss.logging.MDC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Reads JSON from a service for a composed view, with the given authorization (the caller's, or the gateway's own). */
@ApplicationScoped
public class ServiceReader {

    private final DownstreamClient downstream;
    private final ObjectMapper json;

    ServiceReader(DownstreamClient downstream, ObjectMapper json) {
        this.downstream = downstream;
        this.json = json;
    }

    /**
     * Reads on a worker thread and waits (console pages); composed views use {@link #getAsync}.
     *
     * @param authorization the Authorization header to send, or null
     * @param requestId     the request id to pass on, or null
     * @return the JSON, or empty when the service says 404
     */
    public Optional<JsonNode> get(Downstream service, String pathAndQuery, String authorization, String requestId) {
        return DownstreamClient.await(service, getAsync(service, pathAndQuery, authorization, requestId, CallTimings.current()));
    }

    /**
     * Reads without blocking a thread: the answer is read on the event loop.
     *
     * @param authorization the Authorization header to send, or null
     * @param requestId     the request id to pass on, or null
     * @param timings       where the call is counted (the request's {@link CallTimings}), or null
     * @return the JSON, or empty when the service says 404; failed as {@link #get} would throw
     */
    public CompletionStage<Optional<JsonNode>> getAsync(Downstream service, String pathAndQuery, String authorization,
                                                        String requestId, CallTimings timings) {
        return getAsync(service, pathAndQuery, authorization, requestId, timings, null);
    }

    /**
     * Like {@link #getAsync(Downstream, String, String, String, CallTimings)}, for a part of a composed view.
     *
     * @param open the view's open calls, reset when its budget ends (or null)
     */
    public CompletionStage<Optional<JsonNode>> getAsync(Downstream service, String pathAndQuery, String authorization,
                                                        String requestId, CallTimings timings, OpenCalls open) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Accept", List.of("application/json"));
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        if (requestId != null) {
            headers.put(RequestIds.HEADER, List.of(requestId));
        }
        Runnable done = timings == null ? () -> { } : timings.start();
        CompletionStage<HttpResponse<byte[]>> answer;
        try {
            answer = downstream.sendAsync(service, "GET", pathAndQuery, headers, null, open);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.whenComplete((response, failure) -> done.run()).thenApply(response -> read(service, pathAndQuery, response));
    }

    private Optional<JsonNode> read(Downstream service, String pathAndQuery, HttpResponse<byte[]> response) {
        switch (response.statusCode()) {
            case 200:
                try {
                    return Optional.of(json.readTree(response.body()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            case 404:
                return Optional.empty();
            case 401:
                throw new UnauthorizedException();
            case 403:
                throw ServiceException.forbidden(service.serviceName() + " does not allow this caller to read " + pathAndQuery + ".");
            default:
                if (response.statusCode() >= 400 && response.statusCode() < 500) {
                    throw new RefusedByService(response.statusCode(), problemOf(response));
                }
                throw ServiceException.unavailable(service.serviceName(), DownstreamClient.OPEN_SECONDS);
        }
    }

    private ObjectNode problemOf(HttpResponse<byte[]> response) {
        try {
            if (json.readTree(response.body()) instanceof ObjectNode problem) {
                return problem;
            }
        } catch (IOException e) {
            // not a problem document: described below
        }
        ObjectNode problem = json.createObjectNode();
        problem.put("title", "Refused").put("status", response.statusCode());
        return problem;
    }

    /** The current request's id, from the log context. */
    public static String currentRequestId() {
        Object id = MDC.get(RequestIds.LOG_KEY);
        return id == null ? null : id.toString();
    }
}
