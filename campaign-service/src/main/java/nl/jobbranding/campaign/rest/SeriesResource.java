package nl.jobbranding.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.jobbranding.api.Texts;
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
import nl.jobbranding.api.Page;
import nl.jobbranding.campaign.api.Series;
import nl.jobbranding.campaign.api.SeriesInput;
import nl.jobbranding.campaign.model.SeriesStatus;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.service.SeriesService;
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

@Path("/api/v1/series")
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Series", description = "Units' job-branding series within a campaign, such as DJI's \"De scherpe blik\" and "
        + "OM's \"Wordt vervolgd\", with their channels, target groups and cadence.")
public class SeriesResource {

    private final SeriesService service;
    private final Paging paging;

    SeriesResource(SeriesService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List series", description = "Series in the order they were created, a page at a time, "
            + "optionally of one campaign, unit, status or channel, or only those named by id (several in one call, for overviews).")
    @APIResponse(responseCode = "200", description = "A page of series.")
    public Page<Series> listSeries(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                   @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                   @Parameter(description = "Only series of this campaign.",
                                           schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("campaignId") String campaignId,
                                   @Parameter(description = "Only series of this unit.", example = "DJI") @QueryParam("unitCode") String unitCode,
                                   @Parameter(description = "Only series with this status.",
                                           schema = @Schema(implementation = SeriesStatus.class)) @QueryParam("status") String status,
                                   @Parameter(description = "Only series on this channel.", example = "instagram") @QueryParam("channel") String channel,
                                   @Parameter(description = "Only the series with these ids (1 to " + ApiDefinition.MAX_SEVERAL
                                           + ", repeat the parameter); an id that names no series is left out.",
                                           schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = ApiDefinition.MAX_SEVERAL))
                                   @QueryParam("id") List<String> ids,
                                   @Context UriInfo uriInfo) {
        SeriesRepository.SeriesFilter filter = new SeriesRepository.SeriesFilter(QueryParams.uuid("campaignId", campaignId),
                Texts.blankToNull(unitCode), QueryParams.enumValue("status", status, SeriesStatus.class),
                Texts.blankToNull(channel), QueryParams.severalUuids("id", ids, ApiDefinition.MAX_SEVERAL));
        return paging.page(service.list(paging.request(limit, cursor), filter), uriInfo);
    }

    @GET
    @Path("/{seriesId}")
    @Operation(summary = "Get a series", description = "One series with the statuses it can move to. Answers 304 when "
            + "If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The series; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Series> getSeries(@Parameter(description = "Series id.") @PathParam("seriesId") UUID seriesId,
                                          @Context Request request) {
        return Responses.ok(service.get(seriesId), request, "series");
    }

    @POST
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Operation(summary = "Create a series", description = "Adds a series of a unit to a campaign, planned or (when the "
            + "campaign is active) active. Its channels and target groups must be the campaign's, and its format must suit "
            + "every channel's audience.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Series.class)),
            description = "Created; Location points at the series.")
    @APIResponse(responseCode = "409", description = "The campaign is closed or not active for an active series, or it "
            + "already has a series with this name.")
    public RestResponse<Series> createSeries(@NotNull @Valid SeriesInput body, @Context UriInfo uriInfo) {
        Versioned<Series> created = service.create(body);
        return Responses.created(created, uriInfo, created.value().id());
    }

    @PUT
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{seriesId}")
    @Operation(summary = "Update a series", description = "Replaces the series' fields; campaign and unit stay. A different "
            + "status moves it along its lifecycle: planned to active or ended, active to paused or ended, paused to active "
            + "or ended. An ended series no longer changes. Send the ETag you read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated.")
    @APIResponse(responseCode = "409", description = "The transition is not allowed, the series has ended, or the campaign "
            + "is not active for an active series.")
    public RestResponse<Series> updateSeries(@Parameter(description = "Series id.") @PathParam("seriesId") UUID seriesId,
                                             @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                             @NotNull @Valid SeriesInput body) {
        return Responses.ok(service.update(seriesId, ETags.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{seriesId}")
    @Operation(summary = "Delete a planned series", description = "Removes a series that never started. Series that "
            + "started are ended instead, so that their stories keep their series.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The series is not planned.")
    public RestResponse<Void> deleteSeries(@Parameter(description = "Series id.") @PathParam("seriesId") UUID seriesId,
                                           @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
                                           @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(seriesId, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }
}
