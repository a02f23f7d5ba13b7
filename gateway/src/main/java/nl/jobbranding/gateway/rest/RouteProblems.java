package nl.jobbranding.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.Problem;
import nl.jobbranding.api.rest.ProblemMappers;
import nl.jobbranding.api.service.ServiceException;

import java.net.URI;
import java.util.List;

/** Problem documents for answers the gateway gives outside JAX-RS: on the forwarding route and from the HTTP layer. */
@ApplicationScoped
class RouteProblems {

    private final ObjectMapper json;

    RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        write(context, ProblemMappers.unauthenticated(instance(context)));
    }

    void ofStatus(RoutingContext context, int status, String detail) {
        write(context, ProblemMappers.ofStatus(status, detail, instance(context)));
    }

    void unavailable(RoutingContext context, ServiceException e) {
        context.response().putHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        write(context, ProblemMappers.problem(503, "unavailable", e.title(), e.getMessage(), instance(context), List.of()));
    }

    void write(RoutingContext context, Problem problem) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        try {
            response.setStatusCode(problem.status()).putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                    .end(io.vertx.core.buffer.Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            response.setStatusCode(problem.status()).end();
        }
    }

    /** The request's path as the problem's instance; a path that is no valid URI is named by its start only. */
    private static String instance(RoutingContext context) {
        String path = context.request().path();
        try {
            return path == null ? "/" : URI.create(path).getRawPath();
        } catch (IllegalArgumentException e) {
            return "/api/v1";
        }
    }
}
