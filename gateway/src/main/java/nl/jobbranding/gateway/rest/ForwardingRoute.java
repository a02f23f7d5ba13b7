package nl.jobbranding.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.jobbranding.api.config.ApiConfig;
import nl.jobbranding.api.rest.ProblemMappers;
import nl.jobbranding.api.rest.RequestIds;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.routing.Downstream;
import nl.jobbranding.gateway.routing.Routes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.Locale;
import java.util.Set;

/**
 * Forwards the services' operations under {@code /api/v1}: same paths, status codes, headers and problem documents.
 * A reverse proxy on the event loop (Vert.x HTTP proxy): the body streams through both ways as bytes, never parsed or
 * rewritten, and no thread waits for a service. The services build their links and Location headers from the
 * X-Forwarded headers the gateway sets, so they point at the gateway. Anonymous callers reach only the public reads;
 * every token is checked here before anything is forwarded, passed on, and checked again by the service.
 */
@ApplicationScoped
public class ForwardingRoute {

    private static final Logger LOG = Logger.getLogger(ForwardingRoute.class);
    private static final String PREFIX = "/api/v1/";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> REQUEST_HEADERS = Set.of("accept", "accept-language", "authorization", "content-type",
            "if-match", "if-none-match");
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "location", "api-version", "retry-after",
            "www-authenticate", "allow", "cache-control", "content-language", "link", "vary", "last-modified");

    private final DownstreamClient downstream;
    private final RouteProblems problems;
    private final PublicAddress address;
    private final long maxBodyBytes;

    ForwardingRoute(DownstreamClient downstream, RouteProblems problems, PublicAddress address, ApiConfig api) {
        this.downstream = downstream;
        this.problems = problems;
        this.address = address;
        this.maxBodyBytes = api.maxBodyBytes();
    }

    void register(@Observes Router router) {
        // Before the JAX-RS resources; paths outside the route table (and the composed views) go on to them.
        router.routeWithRegex(Routes.forwardedPaths()).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::forward);
    }

    private void forward(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause();
        String requestId = RequestIds.accepted(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.LOG_KEY, requestId);
        context.response().putHeader(RequestIds.HEADER, requestId);
        String method = request.method().name();
        if (!METHODS.contains(method)) {
            context.response().putHeader("Allow", String.join(", ", METHODS));
            problems.ofStatus(context, 405, "This resource does not support that method.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            if (length != null && Long.parseLong(length.trim()) > maxBodyBytes) {
                problems.ofStatus(context, 413, ProblemMappers.TOO_LARGE);
                return;
            }
        } catch (NumberFormatException e) {
            problems.ofStatus(context, 400, "Content-Length must be a number of bytes.");
            return;
        }
        // The normalized path (dot segments resolved) is the one the route matched, decided on and forwarded.
        String path = context.normalizedPath().substring(PREFIX.length());
        Downstream target = Routes.of(path).orElseThrow();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && Routes.isPublic(method, path)) {
            send(context, target, requestId);
            return;
        }
        // The token is checked before anything is forwarded; an invalid one is a 401 here, even on a public read.
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(identity -> {
            if (isAnonymous(identity)) {
                problems.unauthenticated(context);
            } else {
                send(context, target, requestId);
            }
        }, failure -> problems.unauthenticated(context));
    }

    /**
     * Forwards the request; a body sent without a length (chunked) is first read here, up to the limit, so that one
     * too large is a 413 without ever reaching the service (or counting against its circuit breaker).
     */
    private void send(RoutingContext context, Downstream target, String requestId) {
        HttpServerRequest request = context.request();
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            send(context, target, requestId, null);
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        request.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodyBytes) {
                tooLarge[0] = true;
                problems.ofStatus(context, 413, ProblemMappers.TOO_LARGE);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(end -> {
            if (!tooLarge[0]) {
                send(context, target, requestId, body);
            }
        });
        request.resume();
    }

    /** Removes every header whose name (in lower case) is not among the kept ones. */
    private static void withoutHeadersOutside(MultiMap headers, Set<String> kept) {
        headers.names().stream().filter(name -> !kept.contains(name.toLowerCase(Locale.ROOT))).toList().forEach(headers::remove);
    }

    private static boolean isAnonymous(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous();
    }

    private void send(RoutingContext context, Downstream target, String requestId, Buffer readBody) {
        HttpServerRequest request = context.request();
        ProxyRequest proxy = ProxyRequest.reverseProxy(request);
        if (readBody != null) {
            proxy.setBody(Body.body(readBody));
        }
        // The headers the service may not see are removed in place: copying the kept ones into a new map and back
        // checked each value again, character by character (the bearer token, about a kilobyte, twice per request).
        MultiMap headers = proxy.headers();
        withoutHeadersOutside(headers, REQUEST_HEADERS);
        headers.set(RequestIds.HEADER, requestId);
        headers.set("X-Forwarded-Host", address.host(request));
        headers.set("X-Forwarded-Proto", address.scheme(request));
        String pathAndQuery = context.normalizedPath() + (request.query() == null ? "" : "?" + request.query());
        long started = System.nanoTime();
        downstream.forward(target, proxy, pathAndQuery).onSuccess(answer -> {
            // The access log has a line per request already (quarkus.http.access-log); this one only when debugging.
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s %s -> %s %d in %d ms", proxy.getMethod().name(), context.normalizedPath(), target.serviceName(),
                        answer.getStatusCode(), (System.nanoTime() - started) / 1_000_000);
            }
            MultiMap answerHeaders = answer.headers();
            withoutHeadersOutside(answerHeaders, RESPONSE_HEADERS);
            if (context.response().headers().contains("API-Version")) {
                answerHeaders.remove("API-Version");
            }
            answer.send();
        }).onFailure(failure -> {
            // The body is not wanted any more. A request already read to its end (an HTTP/2 GET: its stream ends with its
            // headers) cannot be resumed: Vert.x throws, and the 503 below was never sent (the client waited until its
            // own time limit).
            if (!request.isEnded()) {
                proxy.release();
            }
            if (failure instanceof ServiceException unavailable) {
                problems.unavailable(context, unavailable);
            } else {
                problems.unavailable(context, ServiceException.unavailable(target.serviceName(), DownstreamClient.OPEN_SECONDS));
            }
        });
    }
}
