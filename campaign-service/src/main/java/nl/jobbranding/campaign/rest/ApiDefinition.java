package nl.jobbranding.campaign.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The OpenAPI document's root. Title, version and contact come from configuration
 * ({@code quarkus.smallrye-openapi.info-*}); {@link nl.jobbranding.api.rest.OpenApiFilter} adds the shared
 * parameters, common responses and headers.
 */
@OpenAPIDefinition(info = @Info(title = "campaign-service", version = "1.0.0"))
public class ApiDefinition extends Application {

    /**
     * The most items one batch read names ({@code GET /units?code=DJI&code=OM}): as many as the largest page
     * ({@code api.paging.max-limit}), so that one page can hold them all.
     */
    public static final int MAX_SEVERAL = 100;
}
