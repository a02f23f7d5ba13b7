package nl.jobbranding.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.gateway.service.ApiDocumentService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The whole API's OpenAPI document, for frontend developers' client generators and the Swagger UI. */
@Path("/api/v1")
public class ApiDocumentResource {

    private final ApiDocumentService documents;

    ApiDocumentResource(ApiDocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ObjectNode getApiDocument() {
        return documents.document();
    }
}
