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
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Appeal;
import nl.jobbranding.content.api.AppealDecisionInput;
import nl.jobbranding.content.api.AppealInput;
import nl.jobbranding.content.service.AppealService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/stories/{storyId}/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class AppealResource {

    private final AppealService appeals;
    private final Paging paging;
    private final CurrentActor actor;

    AppealResource(AppealService appeals, Paging paging, CurrentActor actor) {
        this.appeals = appeals;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Appeal a decision", description = "An editor of the story's unit appeals the story's latest decision "
            + "when it rejected the story or requested changes the unit disputes, with reasons. Each decision can be "
            + "appealed once, and only while the story is still where that decision left it.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appeal.class)),
            description = "The appeal waits for a decision; Location points at it.")
    @APIResponse(responseCode = "400", description = "The review is not one of this story's, or it approved the story.")
    @APIResponse(responseCode = "403", description = "Not an editor of the story's unit.")
    @APIResponse(responseCode = "409", description = "The decision was appealed already, or the story moved on since.")
    public RestResponse<Appeal> appealDecision(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                               @NotNull @Valid AppealInput body, @Context UriInfo uriInfo) {
        Versioned<Appeal> appeal = appeals.appeal(storyId, body, actor.get());
        return Responses.created(appeal, uriInfo, appeal.value().id());
    }

    @GET
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "List a story's appeals", description = "Every appeal on the story, oldest first, with its outcome: "
            + "what the unit sees of how its appeal was decided.")
    @APIResponse(responseCode = "200", description = "A page of the appeals.")
    public Page<Appeal> listAppeals(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                    @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                    @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                    @Context UriInfo uriInfo) {
        return paging.page(appeals.list(storyId, paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Path("/{appealId}")
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get an appeal", description = "One appeal with its outcome; the ETag is what deciding it needs.")
    @APIResponse(responseCode = "200", description = "The appeal.")
    @APIResponse(responseCode = "304", description = "Not changed since the version in If-None-Match.")
    public RestResponse<Appeal> getAppeal(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                          @Parameter(description = "Appeal id.") @PathParam("appealId") UUID appealId,
                                          @Context Request request) {
        return Responses.ok(appeals.get(storyId, appealId, actor.get()), request, "appeal");
    }

    @POST
    @Path("/{appealId}/decision")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Decide an appeal", description = "A community manager who did not take the decision appealed "
            + "against, or a campaign manager, upholds it (the decision stands) or overturns it (the story goes back to the "
            + "moderation queue unchanged), with reasons the unit sees. Send the appeal's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The appeal with its outcome.")
    @APIResponse(responseCode = "403", description = "The caller took the decision appealed against, or wrote the story.")
    @APIResponse(responseCode = "409", description = "The appeal was decided already, or the story moved on so that there is "
            + "nothing to overturn.")
    public RestResponse<Appeal> decideAppeal(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                             @Parameter(description = "Appeal id.") @PathParam("appealId") UUID appealId,
                                             @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                             @NotNull @Valid AppealDecisionInput body) {
        return Responses.ok(appeals.decide(storyId, appealId, ETags.ifMatch(ifMatch), body, actor.get()));
    }
}
