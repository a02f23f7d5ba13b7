package nl.jobbranding.campaign.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parts of the OpenAPI document that operations share. Title, version and contact come from configuration
 * ({@code quarkus.smallrye-openapi.info-*}); {@link OpenApiFilter} adds the common responses and headers.
 */
@OpenAPIDefinition(
        info = @Info(title = "campaign-service", version = "1.0.0"),
        components = @Components(parameters = {
                @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size: 1 to 100, 20 when absent.",
                        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"),
                        example = "20"),
                @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Where the page starts: take it from the "
                        + "next link of the previous page.", schema = @Schema(type = SchemaType.STRING)),
                @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                        description = "The ETag of the version you change. A stale one gets 412, a missing one 428.",
                        schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
        }))
public class ApiDefinition extends Application {
}
