package nl.jobbranding.runtime.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** One server's OpenAPI 3.1 document, and the check of one exchange against it. */
final class ServedDocument {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^}/]+}");

    private final JsonNode document;
    private final String base;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH)
            .formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final List<Map.Entry<String, Pattern>> paths = new ArrayList<>();
    private final Map<JsonNode, String> pointers = new IdentityHashMap<>();

    ServedDocument(String server, JsonNode served) {
        this.document = served;
        this.base = "https://contract.invalid/" + server.replaceAll("[^A-Za-z0-9]", "-") + "/openapi.json";
        // every media type's schema, request and answer, gets a plain pointer: #/x-contract/<n>
        ObjectNode copy = served.deepCopy();
        ArrayNode media = copy.putArray("x-contract");
        served.path("paths").forEach(item -> item.forEach(operation -> {
            collect(operation.path("requestBody"), media);
            operation.path("responses").forEach(response -> collect(response, media));
        }));
        String text = copy.toString();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(base, text))));
        document.path("paths").fieldNames().forEachRemaining(template -> paths.add(Map.entry(template,
                Pattern.compile(TEMPLATE_PARAMETER.matcher(Pattern.quote(template)).replaceAll("\\\\E[^/]+\\\\Q")))));
        // a literal segment wins over a parameter: /stories/counts before /stories/{storyId}
        paths.sort(Comparator.comparingInt(entry -> TEMPLATE_PARAMETER.matcher(entry.getKey()).results().mapToInt(m -> 1).sum()));
    }

    private void collect(JsonNode holder, ArrayNode media) {
        resolve(holder).path("content").forEach(type -> {
            if (type.has("schema")) {
                pointers.put(type.path("schema"), "#/x-contract/" + media.size());
                media.add(type.path("schema"));
            }
        });
    }

    /** Checks one exchange; adds every disagreement to the list and returns the operation's id when there is one. */
    String check(String method, String path, String rawQuery, Headers headers, String contentType, byte[] body,
                 Response response, List<String> disagreements) {
        int status = response.getStatusCode();
        String template = null;
        for (Map.Entry<String, Pattern> candidate : paths) {
            if (candidate.getValue().matcher(path).matches()) {
                template = candidate.getKey();
                break;
            }
        }
        if (template == null) {
            expectRefusal(status, "the path is not in the document", disagreements);
            expectProblem(response, disagreements);
            return null;
        }
        String lowerMethod = method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.path("paths").path(template).path(lowerMethod);
        if (operation.isMissingNode()) {
            if (!lowerMethod.equals("head") && !lowerMethod.equals("options")) {
                expectRefusal(status, "the document has no " + method + " on " + template, disagreements);
                expectProblem(response, disagreements);
            }
            return null;
        }
        String id = operation.path("operationId").asText(method + " " + template);

        List<String> refusals = new ArrayList<>();
        checkRequest(document.path("paths").path(template), operation, rawQuery, headers, contentType, body, refusals);
        if (!refusals.isEmpty()) {
            expectRefusal(status, "the request is not one the document allows (" + String.join("; ", refusals) + ")", disagreements);
        }
        checkResponse(lowerMethod, operation, response, disagreements);
        return id;
    }

    private static void expectRefusal(int status, String why, List<String> disagreements) {
        if (status < 400 || status >= 500) {
            disagreements.add(why + ", yet the answer is " + status + ", not a 4xx");
        }
    }

    private void expectProblem(Response response, List<String> disagreements) {
        String type = response.getContentType();
        if (response.getStatusCode() >= 400 && !(type != null && type.startsWith("application/problem+json"))) {
            disagreements.add("an error answer must be application/problem+json, not '" + type + "'");
        }
    }

    private void checkRequest(JsonNode pathItem, JsonNode operation, String rawQuery, Headers headers, String contentType,
                              byte[] body, List<String> refusals) {
        Set<String> known = new HashSet<>();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        Set<String> sent = new HashSet<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                try {
                    sent.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException garbage) {
                    sent.add(name);
                }
            }
        }
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("query")) {
                known.add(name);
                if (parameter.path("required").asBoolean() && !sent.contains(name)) {
                    refusals.add("the query parameter " + name + " is missing");
                }
            } else if (in.equals("header") && parameter.path("required").asBoolean() && !headers.hasHeaderWithName(name)) {
                refusals.add("the header " + name + " is missing");
            }
        }
        for (String name : sent) {
            if (!known.contains(name)) {
                refusals.add("the query parameter " + name + " is not documented");
            }
        }
        JsonNode requestBody = resolve(operation.path("requestBody"));
        boolean hasBody = body != null && body.length > 0;
        if (requestBody.isMissingNode()) {
            return;
        }
        if (!hasBody) {
            if (requestBody.path("required").asBoolean()) {
                refusals.add("the body is missing");
            }
            return;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = requestBody.path("content").path(mediaType);
        if (media.isMissingNode()) {
            refusals.add("the body's media type '" + mediaType + "' is not documented");
            return;
        }
        JsonNode json = isJson(mediaType) ? ContractFilter.parse(body) : TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
        if (json == null) {
            refusals.add("the body is not JSON");
            return;
        }
        if (!media.path("schema").isMissingNode()) {
            try {
                for (ValidationMessage message : schema(media.path("schema")).validate(json)) {
                    refusals.add("body " + message.getMessage());
                }
            } catch (RuntimeException beyondTheValidator) {
                // a body no schema can judge (a number beyond any range): the server must refuse it all the more
                refusals.add("body cannot be checked against its schema (" + beyondTheValidator.getMessage() + ")");
            }
        }
    }

    private void checkResponse(String method, JsonNode operation, Response response, List<String> disagreements) {
        String status = Integer.toString(response.getStatusCode());
        JsonNode responses = operation.path("responses");
        String code = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (code == null) {
            disagreements.add("the status " + status + " is not documented for this operation (documented: "
                    + names(responses) + ")");
            return;
        }
        JsonNode documented = resolve(responses.path(code));
        JsonNode content = documented.path("content");
        byte[] body = response.asByteArray();
        boolean hasBody = body != null && body.length > 0;
        if (!hasBody || method.equals("head")) {
            boolean json = false;
            for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
                json |= isJson(types.next().split(";")[0].trim());
            }
            // an empty text is a text (an export with nothing in it); JSON has no empty document
            if (json && !status.equals("304") && !method.equals("head")) {
                disagreements.add("the document gives the " + status + " answer a body (" + names(content) + "), the answer has none");
            }
            return;
        }
        String type = response.getContentType() == null ? "" : response.getContentType().split(";")[0].trim();
        if (content.size() == 0) {
            disagreements.add("the document gives the " + status + " answer no body, the answer has one (" + type + ")");
            return;
        }
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            disagreements.add("the answer is " + type + ", the document says " + names(content));
            return;
        }
        if (media.path("schema").isMissingNode()) {
            return;
        }
        JsonNode json = isJson(type) ? ContractFilter.parse(body) : TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
        if (json == null) {
            disagreements.add("the answer is not JSON");
            return;
        }
        for (ValidationMessage message : schema(media.path("schema")).validate(json)) {
            disagreements.add(message.getMessage());
        }
    }

    private JsonSchema schema(JsonNode schema) {
        return compiled.computeIfAbsent(pointers.get(schema), p -> schemas.getSchema(SchemaLocation.of(base + p), config));
    }

    /** A JSON media type (application/json, application/problem+json); any other body is checked as a string. */
    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 5 && current.has("$ref"); depth++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
