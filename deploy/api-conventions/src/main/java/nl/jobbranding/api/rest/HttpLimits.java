package nl.jobbranding.api.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.jobbranding.api.config.ApiConfig;

import java.net.URI;
import java.util.Map;

/**
 * The limits of a request, each refused with a problem document instead of the HTTP server's empty answer: a
 * request line longer than {@value #MAX_URI_LENGTH} characters (414), headers over {@value #MAX_HEADER_BYTES} bytes
 * together (431), and on the API a body that says it is larger than {@code api.max-body-bytes} (413; a body in chunks is
 * counted while read, by {@link BodySizeLimit}). Runs before every other route, also before the server's own body
 * limit ({@code quarkus.http.limits.max-body-size}), whose 413 has no body. The server's limits on the request line and
 * headers ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set far above these, so
 * that these answer.
 */
@ApplicationScoped
public class HttpLimits {

    /** Longest request line (method, path, query) the API accepts. */
    public static final int MAX_URI_LENGTH = 4096;
    /** Most bytes of headers the API accepts. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Before Quarkus' own body limit, which is at -2. */
    private static final int ORDER = -3;

    private final ObjectMapper json;
    private final ApiConfig config;

    HttpLimits(ObjectMapper json, ApiConfig config) {
        this.json = json;
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            refuse(context, 414, "The request's path and query are longer than " + MAX_URI_LENGTH + " characters.");
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            refuse(context, 431, "The request's headers are larger than " + MAX_HEADER_BYTES + " bytes together.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && request.path() != null && request.path().startsWith(OpenApiFilter.BASE_PATH + "/")) {
            try {
                if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
                    // the body is not read: close the connection after the answer, as the server's own limit does
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                    refuse(context, 413, ProblemMappers.TOO_LARGE);
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(context, 400, "The Content-Length header is not a number of bytes.");
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String detail) {
        String path = context.request().path();
        String instance;
        try {
            instance = path == null ? "/" : URI.create(path).getRawPath();
        } catch (IllegalArgumentException e) {
            instance = OpenApiFilter.BASE_PATH;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(ProblemMappers.ofStatus(status, detail, instance));
        } catch (Exception e) {
            body = new byte[0];
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
                .end(Buffer.buffer(body));
    }

}
