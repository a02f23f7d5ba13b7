package nl.jobbranding.gateway.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.api.rest.HttpLimits;
import nl.jobbranding.api.rest.ProblemMappers;


/**
 * Requests the gateway refuses before routing them, each with a problem document: no Host header (HTTP/1.1), a
 * malformed Content-Type. (A request line, headers or a body longer than the API accepts: {@link HttpLimits}, as in
 * the services.)
 */
@ApplicationScoped
class RequestChecks {

    private final RouteProblems problems;

    RequestChecks(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(this::check).failureHandler(this::refused);
    }

    /**
     * A request the HTTP layer refused before any route (such as an HTTP/1.1 request without a Host header, which the
     * router fails with 400): a problem document, not Quarkus' error page. Other failures go on to the usual handling.
     */
    private void refused(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().ended()) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        String detail = status == 400 && request.version() != HttpVersion.HTTP_1_0 && request.getHeader(HttpHeaders.HOST) == null
                ? "An HTTP/1.1 request needs a Host header." : status == 413 ? ProblemMappers.TOO_LARGE : "The request was refused.";
        problems.ofStatus(context, status, detail);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                problems.ofStatus(context, 400, "The Content-Type header is not a media type, such as application/json.");
                return;
            }
        }
        context.next();
    }
}
