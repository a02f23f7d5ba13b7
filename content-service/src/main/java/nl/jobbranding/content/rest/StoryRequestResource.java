package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.StoryRequest;
import nl.jobbranding.content.api.StoryRequestDecisionInput;
import nl.jobbranding.content.api.StoryRequestFulfilmentInput;
import nl.jobbranding.content.api.StoryRequestInput;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.model.StoryRequestState;
import nl.jobbranding.content.repository.StoryRequestRepository.RequestFilter;
import nl.jobbranding.content.service.StoryRequestService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.YearMonth;
import java.util.UUID;

@Path("/api/v1/story-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Story requests")
public class StoryRequestResource {

    private final StoryRequestService requests;
    private final Paging paging;
    private final CurrentActor actor;

    StoryRequestResource(StoryRequestService requests, Paging paging, CurrentActor actor) {
        this.requests = requests;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Ask a unit for a story", description = "Records a story idea or request to a unit, or to one of its "
            + "series: topic, target group, channel and the month it is wanted by. Unit, series, channel and target group "
            + "are checked in campaign-service. The request is open until the unit's editors accept or decline it.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryRequest.class)),
            description = "The request is open; Location points at it.")
    @APIResponse(responseCode = "400", description = "An unknown unit, series, channel or target group, or a series of another unit.")
    @APIResponse(responseCode = "502", description = CampaignClient.REFUSED)
    public RestResponse<StoryRequest> createStoryRequest(@NotNull @Valid StoryRequestInput body, @Context UriInfo uriInfo) {
        Versioned<StoryRequest> request = requests.create(body, actor.get());
        return Responses.created(request, uriInfo, request.value().id());
    }

    @GET
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "List story requests", description = "Requests in the order they were made, filtered by state, unit, "
            + "series, campaign and the month they are wanted by. Unit editors see their own unit's requests only.")
    @APIResponse(responseCode = "200", description = "A page of requests.")
    public Page<StoryRequest> listStoryRequests(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @Parameter(description = "Only requests in this state.", schema = @Schema(implementation = StoryRequestState.class))
            @QueryParam("state") String state,
            @Parameter(description = "Only requests to this unit.", example = "RWS") @QueryParam("unitCode") String unitCode,
            @Parameter(description = "Only requests for this series.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("seriesId") String seriesId,
            @Parameter(description = "Only requests for series of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Only requests wanted by this month.", example = "2027-03",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$")) @QueryParam("month") String month,
            @Context UriInfo uriInfo) {
        YearMonth wantedBy = QueryParams.month("month", month);
        RequestFilter filter = new RequestFilter(QueryParams.enumValue("state", state, StoryRequestState.class),
                Texts.blankToNull(unitCode), QueryParams.uuid("seriesId", seriesId), wantedBy == null ? null : wantedBy.atDay(1),
                QueryParams.uuid("campaignId", campaignId));
        return paging.page(requests.list(paging.request(limit, cursor), filter, actor.get()), uriInfo);
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get a story request", description = "One request with the unit's answer and the story linked to it.")
    @APIResponse(responseCode = "200", description = "The request.")
    @APIResponse(responseCode = "304", description = "Not changed since the version in If-None-Match.")
    public RestResponse<StoryRequest> getStoryRequest(@Parameter(description = "Request id.") @PathParam("requestId") UUID requestId,
                                                      @Context Request request) {
        return Responses.ok(requests.get(requestId, actor.get()), request, "story request");
    }

    @POST
    @Path("/{requestId}/decision")
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Accept or decline a story request", description = "An editor of the requested unit accepts or "
            + "declines an open request, with a reason the requester reads. Send the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The request, accepted or declined.")
    @APIResponse(responseCode = "403", description = "Not an editor of the requested unit.")
    @APIResponse(responseCode = "409", description = "The request was answered already.")
    public RestResponse<StoryRequest> decideStoryRequest(
            @Parameter(description = "Request id.") @PathParam("requestId") UUID requestId,
            @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid StoryRequestDecisionInput body) {
        return Responses.ok(requests.decide(requestId, ETags.ifMatch(ifMatch), body, actor.get()));
    }

    @POST
    @Path("/{requestId}/fulfilment")
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Link the story that answers a request", description = "An editor of the requested unit links one of "
            + "the unit's stories (of the request's series, when it names one) to an accepted request. The request is "
            + "fulfilled when that story is published, at once when it is published already. Linking again replaces a "
            + "story that will not go out. Send the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The request with its story.")
    @APIResponse(responseCode = "400", description = "The story does not exist, or is not of the request's unit or series.")
    @APIResponse(responseCode = "403", description = "Not an editor of the requested unit.")
    @APIResponse(responseCode = "409", description = "The request is not accepted (open, declined or fulfilled already), or the "
            + "story was rejected, withdrawn or archived.")
    public RestResponse<StoryRequest> fulfilStoryRequest(
            @Parameter(description = "Request id.") @PathParam("requestId") UUID requestId,
            @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid StoryRequestFulfilmentInput body) {
        return Responses.ok(requests.fulfil(requestId, ETags.ifMatch(ifMatch), body, actor.get()));
    }
}
