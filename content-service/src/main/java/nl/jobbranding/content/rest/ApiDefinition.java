package nl.jobbranding.content.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The OpenAPI document's root. Title, version and contact come from configuration
 * ({@code quarkus.smallrye-openapi.info-*}); {@link nl.jobbranding.api.rest.OpenApiFilter} adds the shared
 * parameters, common responses and headers. The bearer security scheme is configured there too
 * ({@code quarkus.smallrye-openapi.security-scheme*}).
 */
@OpenAPIDefinition(info = @Info(title = "content-service", version = "1.0.0"))
public class ApiDefinition extends Application {
}
