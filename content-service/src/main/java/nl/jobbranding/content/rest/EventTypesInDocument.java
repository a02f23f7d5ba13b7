package nl.jobbranding.content.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import nl.jobbranding.content.service.Events;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.stream.Collectors;

/**
 * Puts the event types on the API document from {@link Events.Type}, the one list: a description saying
 * {@value #PLACEHOLDER} gets every type as it travels ({@code story.submitted, ...}), so a new type is documented as
 * soon as it exists.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EventTypesInDocument implements OASFilter {

    public static final String PLACEHOLDER = "{event-types}";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getDescription() != null && operation.getDescription().contains(PLACEHOLDER)) {
            operation.setDescription(withTypes(operation.getDescription()));
        }
        return operation;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getDescription() != null && schema.getDescription().contains(PLACEHOLDER)) {
            schema.setDescription(withTypes(schema.getDescription()));
        }
        return schema;
    }

    private static String withTypes(String description) {
        return description.replace(PLACEHOLDER, Events.Type.names().stream().collect(Collectors.joining(", ")));
    }
}
