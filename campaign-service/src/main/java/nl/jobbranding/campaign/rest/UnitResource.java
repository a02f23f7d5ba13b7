package nl.jobbranding.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.rest.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import nl.jobbranding.api.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.campaign.api.Unit;
import nl.jobbranding.campaign.api.UnitInput;
import nl.jobbranding.api.Page;
import nl.jobbranding.campaign.service.UnitService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/units")
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units (DJI, OM, Belastingdienst, ...) with their sensitivity and the contact point for candidates.")
public class UnitResource {

    private final UnitService service;
    private final Paging paging;

    UnitResource(UnitService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List units", description = "Units by code, a page at a time; optionally only the sensitive ones or "
            + "only the others, or only the units named by code (several in one call, for overviews).")
    @APIResponse(responseCode = "200", description = "A page of units.")
    public Page<Unit> listUnits(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                @Parameter(description = "true: only units whose staff must not be findable; false: only the others.",
                                        schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("sensitive") String sensitive,
                                @Parameter(description = "Only the units with these codes (1 to " + ApiDefinition.MAX_SEVERAL
                                        + ", repeat the parameter: code=DJI&code=OM); a code that names no unit is left out.",
                                        schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = ApiDefinition.MAX_SEVERAL))
                                @QueryParam("code") List<String> codes,
                                @Context UriInfo uriInfo) {
        return paging.page(service.list(paging.request(limit, cursor), QueryParams.bool("sensitive", sensitive),
                QueryParams.several("code", codes, ApiDefinition.MAX_SEVERAL)), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a unit", description = "One unit with its contact point. Answers 304 when "
            + "If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The unit; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Unit> getUnit(@Parameter(description = "Unit code.", example = "DJI") @PathParam("code") String code,
                                            @Context Request request) {
        return Responses.ok(service.get(code), request, "unit");
    }

    @POST
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Operation(summary = "Create a unit", description = "Adds a unit. Phone numbers are stored in E.164 form.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Unit.class)),
            description = "Created; Location points at the unit.")
    @APIResponse(responseCode = "409", description = "A unit with this code exists already.")
    public RestResponse<Unit> createUnit(@NotNull @Valid UnitInput body, @Context UriInfo uriInfo) {
        return Responses.created(service.create(body), uriInfo, body.code());
    }

    @PUT
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{code}")
    @Operation(summary = "Update a unit", description = "Replaces the unit's name, description, sensitivity and contact point. Send the "
            + "ETag you read in If-Match; the code cannot change.")
    @APIResponse(responseCode = "200", description = "Updated.")
    public RestResponse<Unit> updateUnit(@Parameter(description = "Unit code.", example = "DJI") @PathParam("code") String code,
                                               @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                               @NotNull @Valid UnitInput body) {
        return Responses.ok(service.update(code, ETags.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{code}")
    @Operation(summary = "Delete a unit", description = "Removes a unit that has no series.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The unit still has series.")
    public RestResponse<Void> deleteUnit(@Parameter(description = "Unit code.", example = "DJI") @PathParam("code") String code,
                                            @Parameter(description = ETags.IF_MATCH_ON_DELETE) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(code, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }
}
