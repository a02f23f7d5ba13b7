package nl.jobbranding.gateway.console.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.rest.RequestIds;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.client.CallTimings;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.routing.Downstream;
import nl.jobbranding.gateway.routing.Routes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The console's way to the services: the same guarded calls as the API (time limits, circuit breakers, 503 when a
 * service does not answer), with the signed-in user's token, so each service decides for itself what they may do.
 * Answers are plain maps and lists for the templates; the console calls nothing a REST client could not call.
 */
@ApplicationScoped
public class ConsoleApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** What a form's version may be to go into If-Match: printable ASCII (an entity tag such as "3"), or nothing. */
    /** A path below /api/v1/ as the console builds it: segments of letters, digits and hyphens (ids, codes). */
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*");
    private static final Pattern VERSION = Pattern.compile("[\\x21-\\x7e ]{0,200}");

    private final DownstreamClient downstream;
    private final ObjectMapper json;
    /** The type answers are read as, and a reader for it: made once, not on every answer (that showed in the profile). */
    private final JavaType mapType;
    private final ObjectReader mapReader;

    ConsoleApi(DownstreamClient downstream, ObjectMapper json) {
        this.downstream = downstream;
        this.json = json;
        this.mapType = json.getTypeFactory().constructType(MAP);
        this.mapReader = json.readerFor(mapType);
    }

    /** A service's answer: status, body as a map (a problem document for errors), ETag. */
    public record Answer(int status, Map<String, Object> body, String etag) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            Object items = body.get("items");
            return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }

        /** The problem's explanation in one line: detail and the invalid fields. */
        @SuppressWarnings("unchecked")
        public String problem() {
            StringBuilder text = new StringBuilder(String.valueOf(body.getOrDefault("detail", body.getOrDefault("title", "Fout " + status))));
            if (body.get("invalidParams") instanceof List<?> params) {
                for (Object param : params) {
                    Map<String, Object> p = (Map<String, Object>) param;
                    String said = p.get("name") + ": " + p.get("reason");
                    if (text.indexOf(said) < 0) { // one invalid field's detail already says it
                        text.append(" ").append(said).append(".");
                    }
                }
            }
            return text.toString();
        }
    }

    /** @param path below {@code /api/v1/}, with its query string */
    public Answer get(ConsoleUser user, String path) {
        return send(user, "GET", path, null, null);
    }

    public Answer post(ConsoleUser user, String path, Object body, String ifMatch) {
        return send(user, "POST", path, body, ifMatch);
    }

    public Answer put(ConsoleUser user, String path, Object body, String ifMatch) {
        return send(user, "PUT", path, body, ifMatch);
    }

    /**
     * A GET that does not wait: a page that needs several independent answers asks for them all at once and waits for
     * them together, so it takes as long as the slowest, not the sum.
     */
    public CompletableFuture<Answer> getAsync(ConsoleUser user, String path) {
        return sendAsync(user, "GET", path, null, null);
    }

    /** A POST that does not wait (a pre-screen asked while the page reads the rest); like {@link #getAsync}. */
    public CompletableFuture<Answer> postAsync(ConsoleUser user, String path, Object body) {
        return sendAsync(user, "POST", path, body, null);
    }

    private Answer send(ConsoleUser user, String method, String path, Object body, String ifMatch) {
        try {
            return sendAsync(user, method, path, body, ifMatch).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private CompletableFuture<Answer> sendAsync(ConsoleUser user, String method, String path, Object body, String ifMatch) {
        if (ifMatch != null && !VERSION.matcher(ifMatch).matches()) {
            // a form's version goes into a header: one that is no ETag (a line break, NUL) is refused here, not sent
            return CompletableFuture.completedFuture(new Answer(400, Map.of("title", "Ongeldige versie", "detail",
                    "De versie in het formulier is ongeldig. Laad de pagina opnieuw en probeer het nog eens."), null));
        }
        int query = path.indexOf('?');
        if (!ADDRESS.matcher(query < 0 ? path : path.substring(0, query)).matches()) {
            // an id or code from a form goes into the address: anything but one (a space, NUL, "..") is refused here
            return CompletableFuture.completedFuture(new Answer(400, Map.of("title", "Ongeldig adres", "detail",
                    "Het formulier noemt iets wat niet bestaat. Ga terug, laad de pagina opnieuw en probeer het nog eens."), null));
        }
        Downstream target = Routes.of(query < 0 ? path : path.substring(0, query)).orElseThrow(() -> new IllegalArgumentException("No service answers " + path));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Accept", List.of("application/json"));
        headers.put("Accept-Language", List.of("nl"));
        headers.put("Authorization", List.of(user.authorization()));
        String requestId = ServiceReader.currentRequestId();
        if (requestId != null) {
            headers.put(RequestIds.HEADER, List.of(requestId));
        }
        byte[] bytes = null;
        if (body != null) {
            headers.put("Content-Type", List.of("application/json"));
            try {
                bytes = json.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            headers.put("If-Match", List.of(ifMatch));
        }
        CallTimings timings = CallTimings.current();
        Runnable done = timings == null ? () -> { } : timings.start();
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = downstream.sendAsync(target, method, "/api/v1/" + path, headers, bytes).toCompletableFuture();
        } catch (ServiceException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, failure) -> {
            done.run();
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause instanceof ServiceException) {
                return new Answer(503, Map.of("title", "Dienst niet bereikbaar", "detail",
                        target.serviceName() + " antwoordt nu niet. Probeer het over een paar seconden opnieuw."), null);
            }
            if (cause != null) {
                throw cause instanceof RuntimeException re ? re : new CompletionException(cause);
            }
            return answer(target, response);
        });
    }

    private Answer answer(Downstream target, HttpResponse<byte[]> response) {
        Map<String, Object> content = Map.of();
        if (response.body() != null && response.body().length > 0) {
            try {
                content = mapReader.readValue(response.body());
            } catch (IOException e) {
                content = Map.of("detail", "Onverwacht antwoord van " + target.serviceName());
            }
        }
        return new Answer(response.statusCode(), content, response.headers().firstValue("ETag").orElse(null));
    }

    /** A JSON tree as maps and lists, for the templates. */
    public Map<String, Object> toMap(Object value) {
        return value == null || value instanceof JsonNode node && (node.isMissingNode() || node.isNull()) ? Map.of()
                : json.convertValue(value, mapType);
    }
}
