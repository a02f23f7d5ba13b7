package nl.jobbranding.content.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.jobbranding.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Comment;
import nl.jobbranding.content.api.CommentInput;
import nl.jobbranding.content.service.CommentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Comments", description = "Threaded comments on a story's revisions, between editors and reviewers.")
public class CommentResource {

    private final CommentService service;
    private final Paging paging;
    private final CurrentActor actor;

    CommentResource(CommentService service, Paging paging, CurrentActor actor) {
        this.service = service;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @Path("/{storyId}/revisions/{number}/comments")
    @Operation(summary = "Comment on a revision", description = "Starts a thread on the revision, or replies to a comment on it.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comment.class)),
            description = "Created; Location points at the comment.")
    @APIResponse(responseCode = "409", description = "The story has its 500 comments already.")
    public RestResponse<Comment> addComment(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                            @Parameter(description = "Revision number.", example = "2") @PathParam("number") int number,
                                            @NotNull @Valid CommentInput body, @Context UriInfo uriInfo) {
        Versioned<Comment> comment = service.add(storyId, number, body, actor.get());
        return Responses.created(comment, uriInfo.getBaseUriBuilder().path("api/v1/stories").path(storyId.toString())
                .path("comments").path(comment.value().id().toString()).build());
    }

    @GET
    @Path("/{storyId}/comments")
    @Operation(summary = "List a story's comments", description = "Comments in the order they were written, optionally of one "
            + "revision; replies name the comment they answer.")
    @APIResponse(responseCode = "200", description = "A page of comments.")
    public Page<Comment> listComments(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                      @Parameter(description = "Only comments on this revision.", schema = @Schema(type = SchemaType.INTEGER))
                                      @QueryParam("revision") String revision,
                                      @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                      @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                      @Context UriInfo uriInfo) {
        return paging.page(service.list(storyId, QueryParams.integer("revision", revision), paging.request(limit, cursor),
                actor.get()), uriInfo);
    }

    @POST
    @Path("/{storyId}/comments/{commentId}/resolution")
    @Operation(summary = "Resolve a comment thread", description = "Marks the thread that starts with this comment as resolved.")
    @APIResponse(responseCode = "200", description = "The thread's first comment, resolved.")
    @APIResponse(responseCode = "409", description = "The comment is a reply, not the start of a thread.")
    public RestResponse<Comment> resolveComment(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                                @Parameter(description = "Comment id.") @PathParam("commentId") UUID commentId) {
        return Responses.ok(service.resolve(storyId, commentId, actor.get()));
    }
}
