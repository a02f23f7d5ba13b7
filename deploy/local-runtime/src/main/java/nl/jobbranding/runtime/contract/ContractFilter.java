package nl.jobbranding.runtime.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract suite (issue 13, "What must stay"): every exchange a test makes through RestAssured with an API
 * operation ({@code /api/v1/...}) is checked against the OpenAPI document the answering server itself serves (its
 * {@code /api/v1/openapi.json}, read once per server). A disagreement fails the test with the operation and the point
 * of disagreement:
 * <ul>
 * <li>the answer: its status must be documented for the operation, its media type among the documented ones and its
 * body valid against the documented schema (OpenAPI 3.1, JSON Schema 2020-12);</li>
 * <li>the request: a request the document does not allow (an unknown or missing parameter, a body its schema
 * refuses, a path or method the document does not have) must get a 4xx answer, never a success or a 5xx.</li>
 * </ul>
 * Registered for every {@code @QuarkusTest} of a module by {@link ContractCheck}.
 */
public final class ContractFilter implements OrderedFilter {

    public static final ContractFilter INSTANCE = new ContractFilter();

    private static final String API = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, ServedDocument> documents = new ConcurrentHashMap<>();

    private ContractFilter() {
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri;
        try {
            uri = URI.create(request.getURI());
        } catch (IllegalArgumentException notAUri) {
            return response; // raw bytes a test sends on purpose; HostileInputTest checks those answers itself
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(API + "/") || path.startsWith(API + "/openapi")) {
            return response;
        }
        String server = uri.getScheme() + "://" + uri.getAuthority();
        ServedDocument document = document(server);
        if (document == null) {
            return response;
        }
        List<String> disagreements = new ArrayList<>();
        String operation = document.check(request.getMethod(), path.substring(API.length()), uri.getRawQuery(),
                request.getHeaders(), request.getContentType(), body(request), response, disagreements);
        if (!disagreements.isEmpty()) {
            throw new AssertionError("The answer disagrees with the OpenAPI document of " + server + ": "
                    + request.getMethod() + " " + path + (operation == null ? "" : " (" + operation + ")") + " answered "
                    + response.getStatusCode() + ":\n  " + String.join("\n  ", disagreements)
                    + "\n  answer: " + abbreviate(response.asString()));
        }
        return response;
    }

    private ServedDocument document(String server) {
        ServedDocument known = documents.get(server);
        if (known != null) {
            return known;
        }
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server + API + "/openapi.json"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return null; // a gateway whose service is stopped: checked again on the next exchange
            }
            ServedDocument document = new ServedDocument(server, JSON.readTree(answer.body()));
            documents.put(server, document);
            return document;
        } catch (Exception unreachable) {
            return null;
        }
    }

    private static byte[] body(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    /** Reads a JSON body, or null when it is not JSON. */
    static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }
}
