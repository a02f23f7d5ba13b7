package nl.jobbranding.api.rest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whole-request examples from {@code openapi/request-examples.json} on the class path: per operation id, named examples
 * with a {@code summary}, an optional {@code description} and the {@code value}, a body that works as sent against the
 * demo data (ids of the demo data's resources are filled in by name; see README "A working day"). An operation id the
 * service does not have, or one without a request body, fails the build: examples cannot silently go astray.
 */
final class RequestExamples {

    static final String RESOURCE = "openapi/request-examples.json";

    private RequestExamples() {
    }

    static void addTo(OpenAPI openAPI) {
        Map<String, Map<String, Map<String, Object>>> examples = read();
        if (examples.isEmpty() || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Operation> operations = new HashMap<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> operations.put(operation.getOperationId(), operation)));
        Set<String> astray = new TreeSet<>();
        examples.forEach((operationId, named) -> {
            Operation operation = operations.get(operationId);
            MediaType json = operation == null || operation.getRequestBody() == null
                    || operation.getRequestBody().getContent() == null ? null
                    : operation.getRequestBody().getContent().getMediaType("application/json");
            if (json == null) {
                astray.add(operationId);
                return;
            }
            named.forEach((name, example) -> json.addExample(name, OASFactory.createExample()
                    .summary((String) example.get("summary"))
                    .description((String) example.get("description"))
                    .value(example.get("value"))));
        });
        if (!astray.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has examples for operations without a JSON request body: " + astray);
        }
    }

    private static Map<String, Map<String, Map<String, Object>>> read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? RequestExamples.class.getClassLoader() : loader).getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            return new ObjectMapper().readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
