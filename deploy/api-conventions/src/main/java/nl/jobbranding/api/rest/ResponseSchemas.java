package nl.jobbranding.api.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * {@code required} and {@code null} in the schemas of answers, from one rule instead of per record (issue 13, item 18):
 * the records are written by Jackson with every component, a null one as {@code null}.
 * <ul>
 * <li>A schema only answers use (never a request body) requires every property, unless it lists its required ones
 * itself (a record written without its null components, {@code @JsonInclude(NON_NULL)}, names those always
 * there with {@code @Schema(requiredProperties = ...)}).</li>
 * <li>A component that can be null says so with {@code @Schema(nullable = true)}; a reference to another schema that
 * can be null becomes {@code anyOf: [{$ref}, {type: null}]} (a {@code $ref} beside {@code type: [.., null]} would
 * still refuse null).</li>
 * <li>A schema a request body uses keeps the required fields of its input; its optional fields may be sent as
 * {@code null} (the same as leaving them out), and where the schema is also answered (a unit's contact, a story's
 * content) they are answered as {@code null} when absent, so they are nullable.</li>
 * </ul>
 */
final class ResponseSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private ResponseSchemas() {
    }

    static void complete(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null || openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> answers = new ArrayList<>();
        List<Schema> requests = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    collect(operation.getRequestBody().getContent(), requests);
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        collect(response.getContent(), answers);
                    }
                }
            }
        }
        Set<String> answered = reachable(answers, schemas);
        Set<String> sent = reachable(requests, schemas);
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() != null) {
                replaceProperties(schema, (name, property) -> nullable(property, schemas));
            }
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            Schema schema = entry.getValue();
            if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            if (sent.contains(entry.getKey())) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                replaceProperties(schema, (property, value) ->
                        required.contains(property) ? value : nullable(markNullable(value), schemas));
            } else if (answered.contains(entry.getKey()) && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void replaceProperties(Schema schema, BiFunction<String, Schema, Schema> replacement) {
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.replaceAll(replacement);
        schema.setProperties(properties);
    }

    /** Marks a property schema as able to be null (in the form {@link #nullable} turns into the 3.1 one). */
    private static Schema markNullable(Schema property) {
        if (property.getType() == null || !property.getType().contains(Schema.SchemaType.NULL)) {
            if (property.getType() == null && property.getRef() == null && property.getAnyOf() != null) {
                return property;
            }
            if (property.getRef() != null && property.getAnyOf() == null) {
                return property.addType(Schema.SchemaType.NULL);
            }
            if (property.getType() != null) {
                property.addType(Schema.SchemaType.NULL);
            }
        }
        return property;
    }

    /**
     * A reference that may be null: anyOf the reference and null, with the property's own description and the
     * referenced schema's format (which the API rules look for on a date's property itself).
     */
    private static Schema nullable(Schema property, Map<String, Schema> schemas) {
        if (property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(part -> part.getRef() != null)) {
            property.setType(null); // the reference says what it is; a type beside anyOf only repeats half of it
            property.getAnyOf().stream().filter(part -> part.getRef() != null && part.getRef().startsWith(PREFIX))
                    .map(part -> schemas.get(part.getRef().substring(PREFIX.length())))
                    .filter(target -> target != null && target.getFormat() != null)
                    .findFirst().ifPresent(target -> property.setFormat(target.getFormat()));
            return property;
        }
        if (property.getRef() == null || property.getType() == null || !property.getType().contains(Schema.SchemaType.NULL)) {
            return property;
        }
        Schema either = OASFactory.createSchema()
                .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL))
                .description(property.getDescription())
                .examples(property.getExamples());
        if (Boolean.TRUE.equals(property.getDeprecated())) {
            either.deprecated(true);
        }
        return nullable(either, schemas);
    }

    private static void collect(Content content, List<Schema> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType type : content.getMediaTypes().values()) {
            if (type.getSchema() != null) {
                into.add(type.getSchema());
            }
        }
    }

    /** The names of the component schemas the given schemas use, directly or through others. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                if (names.add(name) && schemas.containsKey(name)) {
                    todo.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
                if (parts != null) {
                    todo.addAll(parts);
                }
            }
        }
        return names;
    }
}
