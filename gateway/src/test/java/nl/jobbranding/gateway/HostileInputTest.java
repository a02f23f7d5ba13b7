package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.runtime.AnswerTimes;
import nl.jobbranding.runtime.DevTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's hostile-input suite, generated from the gateway's OpenAPI document: every operation with parameters or a
 * body gets NUL characters, invalid UTF-8, huge and negative numbers, garbage cursors and ids, oversized strings,
 * wrong types, deeply nested and oversized JSON and malformed If-Match values, as each role and with a signed token
 * that carries no claims. No answer may be a 5xx, every error answer is a problem document, and every answer comes
 * within 1 s (one over it is sent again alone and must then be within: {@link AnswerTimes}). A new operation is in
 * the suite as soon as it is in the document.
 */
@QuarkusTest
class HostileInputTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Hostile values of a query or path parameter, already percent-encoded as they go on the wire. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "%00", "a%00b", "%ED%A0%80", "%FF%FE", "99999999999999999999999999", "-99999999999", "-1", "0", "1e999",
            "!!not-a-cursor!!", "eyJhdCI6Im5vIn0", "..%2F..%2Fetc%2Fpasswd", "x".repeat(3000), "%22%3Cscript%3E", "true", "null");
    private static final List<String> HOSTILE_IF_MATCH = List.of("garbage", "W/\"1\"", "\"99999999999999999999999\"", "\"-1\"",
            "*", "\"\"");

    private record Caller(String name, String token) {
    }

    private final List<String> wrong = new ArrayList<>();
    /** Who sends: each request goes as the next of them in turn, so every kind of input reaches every caller. */
    private List<Caller> callers;
    private int sent;
    /** Every answer within 1 s, a slow one sent again alone (AnswerTimes); the slowest are printed. */
    private final AnswerTimes times = new AnswerTimes();
    /** The slowest answer per operation (method and path template), for the figures printed at the end. */
    private final Map<String, Long> slowestPerOperation = new java.util.HashMap<>();
    private String attacked;

    @Test
    void noHostileRequestIsAnsweredWithA5xxAndEveryErrorIsAProblem() {
        JsonPath document = RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        callers = List.of(
                new Caller("unit editor", Tokens.editor("HOSTILE")),
                new Caller("community manager", Tokens.communityManager("Hostile")),
                new Caller("campaign manager", Tokens.campaignManager()),
                new Caller("a token without claims", DevTokens.forTests().signed(Map.of())));
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                String method = entry.getKey().toUpperCase();
                List<Map<String, Object>> parameters = parameters(document, operation);
                Map<String, Object> bodySchema = bodySchema(document, operation);
                if (parameters.isEmpty() && bodySchema == null && !path.getKey().contains("{")) {
                    continue;
                }
                operations++;
                attacked = method + " " + path.getKey();
                attack(method, path.getKey(), parameters, bodySchema, document);
            }
        }
        System.out.printf("Hostile input: %d requests over %d operations as %d callers; %s%n", sent, operations, callers.size(),
                times.report());
        System.out.println("Slowest operations (their slowest answer): " + slowestPerOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(entry -> entry.getKey() + " " + entry.getValue() + " ms").toList());
        assertTrue(operations > 40, "the suite covers the document: " + operations + " operations");
        wrong.addAll(times.tooSlow());
        assertEquals(List.of(), wrong);
    }

    private void attack(String method, String template, List<Map<String, Object>> parameters,
                        Map<String, Object> bodySchema, JsonPath document) {
        String validBody = bodySchema == null ? null : json(example(bodySchema, document, 0, null));
        // Path parameters, one at a time.
        Matcher names = PARAMETER.matcher(template);
        while (names.find()) {
            for (String value : HOSTILE_VALUES) {
                send(method, concrete(template, names.group(1), value), validBody, null);
            }
        }
        // Query parameters, one at a time.
        for (Map<String, Object> parameter : parameters) {
            if ("query".equals(parameter.get("in"))) {
                for (String value : HOSTILE_VALUES) {
                    send(method, concrete(template, null, null) + "?" + parameter.get("name") + "=" + value, validBody, null);
                }
            }
            if ("If-Match".equals(parameter.get("name"))) {
                for (String value : HOSTILE_IF_MATCH) {
                    send(method, concrete(template, null, null), validBody, value);
                }
            }
        }
        send(method, concrete(template, null, null) + "?unknownParameter=%00", validBody, null);
        if (bodySchema == null) {
            return;
        }
        String url = concrete(template, null, null);
        // Oversized strings stay under the HTTP server's own 1 MB limit, above which it answers 413 without a body.
        for (String hostile : List.of("a\u0000b", "\ud800", "x".repeat(20_000))) {
            send(method, url, json(example(bodySchema, document, 0, Map.of("string", hostile))), "\"1\"");
        }
        send(method, url, json(example(bodySchema, document, 0, Map.of("integer", "HUGE", "number", "HUGE")))
                .replace("\"HUGE\"", "1" + "0".repeat(400)), "\"1\"");
        send(method, url, json(example(bodySchema, document, 0, Map.of("integer", -2147483649L, "number", -1e308))), "\"1\"");
        send(method, url, json(example(bodySchema, document, 0, Map.of("wrong-type", true))), "\"1\"");
        for (String body : List.of("", "{", "{\"a\":", "[]", "\"text\"", "123", "null", "{\"a\":1,\"a\":2}", "[".repeat(20_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "{\"x\":\"" + "y".repeat(300_000) + "\"}")) {
            send(method, url, body, "\"1\"");
        }
    }

    private void send(String method, String url, String body, String ifMatch) {
        Caller caller = callers.get(sent % callers.size());
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(caller.token()).contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null && !method.equals("GET") && !method.equals("DELETE")) {
            request.body(body);
        }
        String what = caller.name() + " " + method + " " + abbreviate(url) + (body == null ? "" : " body " + abbreviate(body))
                + (ifMatch == null ? "" : " If-Match " + ifMatch);
        Response answer;
        try {
            answer = times.time(what, () -> request.request(method, "/api/v1" + url));
        } catch (AssertionError disagreement) {
            // the contract suite's check of this exchange: kept with the others, so one run shows every disagreement
            sent++;
            String message = disagreement.getMessage().replace('\n', ' ');
            wrong.add(what + ": " + (message.length() > 500 ? message.substring(0, 500) + "..." : message));
            return;
        }
        sent++;
        slowestPerOperation.merge(attacked, times.lastMillis(), Math::max);
        if (answer.statusCode() >= 500) {
            wrong.add(what + ": " + answer.statusCode() + " " + abbreviate(answer.asString()));
        } else if (answer.statusCode() >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            wrong.add(what + ": " + answer.statusCode() + " as " + answer.contentType() + " " + abbreviate(answer.asString()));
        }
    }

    /**
     * A JSON value of the schema: examples where the document has them, otherwise a value of the type; with
     * {@code replace}, every value of a type ({@code string}, {@code integer}, {@code number}) is the given one, or
     * ({@code wrong-type}) every property has a value of another type.
     */
    @SuppressWarnings("unchecked")
    private static Object example(Map<String, Object> schema, JsonPath document, int depth, Map<String, Object> replace) {
        Map<String, Object> resolved = resolve(schema, document);
        if (depth > 6 || resolved == null) {
            return null;
        }
        Object type = resolved.get("type");
        String kind = type instanceof List<?> list ? list.stream().map(String::valueOf).filter(t -> !"null".equals(t)).findFirst().orElse("object")
                : type == null ? (resolved.containsKey("properties") ? "object" : "string") : (String) type;
        if (replace != null && replace.containsKey(kind)) {
            return replace.get(kind);
        }
        switch (kind) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) resolved.getOrDefault("properties", Map.of());
                properties.forEach((name, property) -> object.put(name, replace != null && replace.containsKey("wrong-type")
                        ? wrongType(resolve((Map<String, Object>) property, document))
                        : example((Map<String, Object>) property, document, depth + 1, replace)));
                return object;
            }
            case "array":
                Object item = resolved.get("items") instanceof Map<?, ?> items
                        ? example((Map<String, Object>) items, document, depth + 1, replace) : "x";
                return List.of(item == null ? "x" : item);
            default:
                if (resolved.get("example") != null) {
                    return resolved.get("example");
                }
                if (resolved.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
                    return examples.get(0);
                }
                if (resolved.get("enum") instanceof List<?> values && !values.isEmpty()) {
                    return values.get(0);
                }
                return switch (kind) {
                    case "integer", "number" -> 1;
                    case "boolean" -> true;
                    default -> "uuid".equals(resolved.get("format")) ? UUID.randomUUID().toString() : "hostile";
                };
        }
    }

    private static Object wrongType(Map<String, Object> property) {
        Object type = property == null ? null : property.get("type");
        String kind = type instanceof List<?> list ? String.valueOf(list.get(0)) : String.valueOf(type);
        return switch (kind) {
            case "string" -> Map.of("nested", List.of(1, 2));
            case "object" -> "not an object";
            case "array" -> Map.of("not", "an array");
            default -> "not a " + kind;
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, JsonPath document) {
        Map<String, Object> current = schema;
        for (int i = 0; current != null && i < 5; i++) {
            Object ref = current.get("$ref");
            if (ref == null) {
                if (current.get("allOf") instanceof List<?> all && all.size() == 1) {
                    current = (Map<String, Object>) all.get(0);
                    continue;
                }
                return current;
            }
            current = document.getMap("components.schemas.'" + ref.toString().substring(ref.toString().lastIndexOf('/') + 1) + "'");
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(JsonPath document, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Object parameter : (List<Object>) operation.getOrDefault("parameters", List.of())) {
            Map<String, Object> p = (Map<String, Object>) parameter;
            if (p.get("$ref") instanceof String ref) {
                p = document.getMap("components.parameters.'" + ref.substring(ref.lastIndexOf('/') + 1) + "'");
            }
            if (p != null) {
                parameters.add(p);
            }
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodySchema(JsonPath document, Map<String, Object> operation) {
        if (!(operation.get("requestBody") instanceof Map<?, ?> body)) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        if (content == null || !(content.get("application/json") instanceof Map<?, ?> media)) {
            return null;
        }
        return (Map<String, Object>) media.get("schema");
    }

    /** The path with made-up, well-formed values for its parameters, and the hostile value for the one named. */
    private static String concrete(String path, String hostileName, String hostileValue) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals(hostileName) ? hostileValue
                    : name.toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : name.equals("number") ? "1" : "hostile-code";
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String json(Object value) {
        try {
            // Non-ASCII escaped (\\uD800), so that a lone surrogate arrives as such and not as a replacement character.
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature()).writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
    }
}
