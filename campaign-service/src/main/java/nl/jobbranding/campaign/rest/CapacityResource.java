package nl.jobbranding.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.Responses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import nl.jobbranding.api.security.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.campaign.api.Capacity;
import nl.jobbranding.campaign.api.CapacityAssessment;
import nl.jobbranding.campaign.api.CapacityInput;
import nl.jobbranding.api.Page;
import nl.jobbranding.campaign.service.CapacityService;
import nl.jobbranding.api.service.Slice;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/campaigns/{campaignId}")
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity", description = "Community-management hours per campaign and channel, and whether the planned "
        + "cadence of the active series fits them (\"is there capacity for it?\").")
public class CapacityResource {

    private final CapacityService service;
    private final Paging paging;

    CapacityResource(CapacityService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Path("/capacities")
    @Operation(summary = "List a campaign's capacities", description = "The capacity set for each channel of the "
            + "campaign, by channel code; one page holds them all.")
    @APIResponse(responseCode = "200", description = "The capacities.")
    public Page<Capacity> listCapacities(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                         @Context UriInfo uriInfo) {
        return paging.page(new Slice<>(service.list(campaignId), null), uriInfo);
    }

    @GET
    @Path("/capacities/{channelCode}")
    @Operation(summary = "Get a capacity", description = "The campaign's capacity on one channel.")
    @APIResponse(responseCode = "200", description = "The capacity; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Capacity> getCapacity(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                              @Parameter(description = "Channel code.", example = "instagram") @PathParam("channelCode") String channelCode,
                                              @Context Request request) {
        return Responses.ok(service.get(campaignId, channelCode), request, "capacity");
    }

    @PUT
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/capacities/{channelCode}")
    @Operation(summary = "Set a capacity", description = "Sets the community-management hours per week and review minutes "
            + "per story for one of the campaign's channels. Creating needs no If-Match; changing an existing capacity "
            + "needs the ETag you read.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Capacity.class)),
            description = "Created.")
    @APIResponse(responseCode = "409", description = "The campaign is closed.")
    public RestResponse<Capacity> putCapacity(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                              @Parameter(description = "Channel code.", example = "instagram") @PathParam("channelCode") String channelCode,
                                              @Parameter(description = "The ETag of the capacity you change; not needed to create one.",
                                                      schema = @Schema(type = SchemaType.STRING)) @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                              @NotNull @Valid CapacityInput body,
                                              @Context UriInfo uriInfo) {
        CapacityService.Upsert result = service.put(campaignId, channelCode, ETags.ifMatch(ifMatch), body);
        return result.created() ? Responses.created(result.capacity(), uriInfo.getAbsolutePath()) : Responses.ok(result.capacity());
    }

    @DELETE
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/capacities/{channelCode}")
    @Operation(summary = "Delete a capacity", description = "Removes the campaign's capacity on one channel.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> deleteCapacity(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                             @Parameter(description = "Channel code.", example = "instagram") @PathParam("channelCode") String channelCode,
                                             @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
                                             @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(campaignId, channelCode, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }

    @GET
    @Path("/capacity-assessment")
    @Operation(summary = "Is there capacity for it?", description = "Whether the planned cadence of the campaign's active "
            + "series fits the community-management capacity, per channel, with the numbers: stories per week, review "
            + "hours required and available, shortfall and utilisation. A story is reviewed once for every channel it goes "
            + "to; a month counts as 52/12 weeks.")
    @APIResponse(responseCode = "200", description = "The assessment.")
    public CapacityAssessment getCapacityAssessment(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId) {
        return service.assess(campaignId);
    }
}
