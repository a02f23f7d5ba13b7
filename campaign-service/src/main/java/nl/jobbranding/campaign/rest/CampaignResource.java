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
import nl.jobbranding.campaign.api.Campaign;
import nl.jobbranding.campaign.api.CampaignInput;
import nl.jobbranding.campaign.api.CampaignOutline;
import nl.jobbranding.api.Page;
import nl.jobbranding.campaign.model.CampaignStatus;
import nl.jobbranding.campaign.service.CampaignService;
import nl.jobbranding.campaign.service.OutlineService;
import nl.jobbranding.api.service.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/campaigns")
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Umbrella campaigns, their lifecycle (draft, active, closed), the values stories are "
        + "reviewed against, target groups and channels.")
public class CampaignResource {

    private final CampaignService service;
    private final OutlineService outlines;
    private final Paging paging;

    CampaignResource(CampaignService service, OutlineService outlines, Paging paging) {
        this.service = service;
        this.outlines = outlines;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List campaigns", description = "Campaigns in the order they were created, a page at a time; "
            + "optionally only those with one status, or only those named by id (several in one call, for overviews).")
    @APIResponse(responseCode = "200", description = "A page of campaigns.")
    public Page<Campaign> listCampaigns(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                        @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                        @Parameter(description = "Only campaigns with this status.",
                                                schema = @Schema(implementation = CampaignStatus.class)) @QueryParam("status") String status,
                                        @Parameter(description = "Only the campaigns with these ids (1 to " + ApiDefinition.MAX_SEVERAL
                                                + ", repeat the parameter); an id that names no campaign is left out.",
                                                schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = ApiDefinition.MAX_SEVERAL))
                                        @QueryParam("id") List<String> ids,
                                        @Context UriInfo uriInfo) {
        CampaignStatus filter = QueryParams.enumValue("status", status, CampaignStatus.class);
        return paging.page(service.list(paging.request(limit, cursor), filter,
                QueryParams.severalUuids("id", ids, ApiDefinition.MAX_SEVERAL)), uriInfo);
    }

    @GET
    @Path("/{campaignId}")
    @Operation(summary = "Get a campaign", description = "One campaign with its values, target groups, channels and the "
            + "statuses it can move to. Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The campaign; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Campaign> getCampaign(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                              @Context Request request) {
        return Responses.ok(service.get(campaignId), request, "campaign");
    }

    @GET
    @Path("/{campaignId}/outline")
    @Operation(summary = "Get a campaign with its series, units and capacity", description = "For composed views such as the "
            + "gateway's campaign overview, in one read instead of four: the campaign, its first " + OutlineService.MAX_SERIES
            + " series in the order they were created (moreSeries tells whether there are more), the units of those series "
            + "and the capacity assessment.")
    @APIResponse(responseCode = "200", description = "The campaign with its series, units and capacity assessment.")
    public CampaignOutline getCampaignOutline(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId) {
        return outlines.outline(campaignId);
    }

    @POST
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Operation(summary = "Create a campaign", description = "Adds a campaign as draft. It gets the four government-wide "
            + "values (careful, just, cost-conscious, transparent) with their guidance, plus any values of its own.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Campaign.class)),
            description = "Created; Location points at the campaign.")
    @APIResponse(responseCode = "409", description = "A campaign with this name exists already.")
    public RestResponse<Campaign> createCampaign(@NotNull @Valid CampaignInput body, @Context UriInfo uriInfo) {
        Versioned<Campaign> created = service.create(body);
        return Responses.created(created, uriInfo, created.value().id());
    }

    @PUT
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{campaignId}")
    @Operation(summary = "Update a campaign", description = "Replaces the campaign's fields. A different status moves it "
            + "along its lifecycle: draft to active or closed, active to closed. Closing ends all its series. A closed "
            + "campaign no longer changes. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The transition is not allowed, the campaign is closed, the name is "
            + "taken, or a channel or target group still in use by a series or capacity would be dropped.")
    public RestResponse<Campaign> updateCampaign(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                                 @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                 @NotNull @Valid CampaignInput body) {
        return Responses.ok(service.update(campaignId, ETags.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{campaignId}")
    @Operation(summary = "Delete a draft campaign", description = "Removes a draft campaign without series, with its "
            + "capacities. Active and closed campaigns stay, for the record.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The campaign is not a draft or has series.")
    public RestResponse<Void> deleteCampaign(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                             @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
                                             @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(campaignId, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }
}
