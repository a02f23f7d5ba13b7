package nl.jobbranding.campaign.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
import nl.jobbranding.campaign.api.Channel;
import nl.jobbranding.campaign.api.ChannelInput;
import nl.jobbranding.api.Page;
import nl.jobbranding.campaign.service.ChannelService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/channels")
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "Online channels (LinkedIn, Instagram, YouTube, blog, job board) and what their audiences expect.")
public class ChannelResource {

    private final ChannelService service;
    private final Paging paging;

    ChannelResource(ChannelService service, Paging paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "List channels", description = "All channels, by code, a page at a time; optionally only the "
            + "channels named by code (several in one call, for overviews).")
    @APIResponse(responseCode = "200", description = "A page of channels.")
    public Page<Channel> listChannels(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                      @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                      @Parameter(description = "Only the channels with these codes (1 to " + ApiDefinition.MAX_SEVERAL
                                              + ", repeat the parameter: code=linkedin&code=instagram); a code that names no channel is left out.",
                                              schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = ApiDefinition.MAX_SEVERAL))
                                      @QueryParam("code") List<String> codes,
                                      @Context UriInfo uriInfo) {
        return paging.page(service.list(paging.request(limit, cursor), QueryParams.several("code", codes, ApiDefinition.MAX_SEVERAL)), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a channel", description = "One channel with its audience's expectations. Answers 304 when "
            + "If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The channel; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Channel> getChannel(@Parameter(description = "Channel code.", example = "linkedin") @PathParam("code") String code,
                                            @Context Request request) {
        return Responses.ok(service.get(code), request, "channel");
    }

    @POST
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Operation(summary = "Create a channel", description = "Adds a channel with its audience's expectations.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Channel.class)),
            description = "Created; Location points at the channel.")
    @APIResponse(responseCode = "409", description = "A channel with this code exists already.")
    public RestResponse<Channel> createChannel(@NotNull @Valid ChannelInput body, @Context UriInfo uriInfo) {
        return Responses.created(service.create(body), uriInfo, body.code());
    }

    @PUT
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{code}")
    @Operation(summary = "Update a channel", description = "Replaces the channel's name and audience expectations. Send the "
            + "ETag you read in If-Match; the code cannot change.")
    @APIResponse(responseCode = "200", description = "Updated.")
    public RestResponse<Channel> updateChannel(@Parameter(description = "Channel code.", example = "linkedin") @PathParam("code") String code,
                                               @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                               @NotNull @Valid ChannelInput body) {
        return Responses.ok(service.update(code, ETags.ifMatch(ifMatch), body));
    }

    @DELETE
    @RolesAllowed(Roles.CAMPAIGN_MANAGER)
    @Path("/{code}")
    @Operation(summary = "Delete a channel", description = "Removes a channel that no campaign, series or capacity uses.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The channel is still in use.")
    public RestResponse<Void> deleteChannel(@Parameter(description = "Channel code.", example = "linkedin") @PathParam("code") String code,
                                            @Parameter(description = ETags.IF_MATCH_ON_DELETE) @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(code, ETags.ifMatch(ifMatch));
        return Responses.noContent();
    }
}
