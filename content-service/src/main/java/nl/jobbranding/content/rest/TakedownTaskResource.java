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
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.StoryPost;
import nl.jobbranding.content.api.StoryPostInput;
import nl.jobbranding.content.api.TakedownConfirmation;
import nl.jobbranding.content.api.TakedownTask;
import nl.jobbranding.content.service.ChannelPublicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/takedown-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
public class TakedownTaskResource {

    private final ChannelPublicationService service;
    private final Paging paging;
    private final CurrentActor actor;

    TakedownTaskResource(ChannelPublicationService service, Paging paging, CurrentActor actor) {
        this.service = service;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "List takedown tasks", description = "Posts to take down because their story went off line, oldest "
            + "first: the open ones (default), or the confirmed ones.")
    @APIResponse(responseCode = "200", description = "A page of takedown tasks.")
    public Page<TakedownTask> listTakedownTasks(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                                @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                                @Parameter(description = "open: still to do (default); done: confirmed.",
                                                        schema = @Schema(type = SchemaType.STRING, enumeration = {"open", "done"}))
                                                @QueryParam("status") String status,
                                                @Context UriInfo uriInfo) {
        String given = Texts.blankToNull(status);
        if (given != null && !given.equals("open") && !given.equals("done")) {
            throw ServiceException.invalid("status", "'" + given + "' is not one of: open, done");
        }
        return paging.page(service.tasks(paging.request(limit, cursor), !"done".equals(given)), uriInfo);
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get a takedown task", description = "One post to take down; the ETag is what confirming it needs.")
    @APIResponse(responseCode = "200", description = "The task.")
    @APIResponse(responseCode = "304", description = "Not changed since the version in If-None-Match.")
    public RestResponse<TakedownTask> getTakedownTask(@Parameter(description = "Task id.") @PathParam("taskId") UUID taskId,
                                                      @Context Request request) {
        return Responses.ok(service.task(taskId), request, "takedown task");
    }

    @POST
    @Path("/{taskId}/confirmation")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Confirm a takedown", description = "The post is gone: records when it was taken down, which closes "
            + "the task; the public transparency log shows how long it took. Send the task's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The task, confirmed.")
    @APIResponse(responseCode = "403", description = "Not a community or campaign manager.")
    @APIResponse(responseCode = "409", description = "The task was confirmed already.")
    public RestResponse<TakedownTask> confirmTakedown(@Parameter(description = "Task id.") @PathParam("taskId") UUID taskId,
                                                      @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                                      @NotNull @Valid TakedownConfirmation body) {
        return Responses.ok(service.confirm(taskId, ETags.ifMatch(ifMatch), body, actor.get()));
    }
}
