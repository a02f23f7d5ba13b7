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

@Path("/api/v1/stories/{storyId}/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publication", description = "Where a published story was posted on each of its channels, and the takedown "
        + "tasks that open when it goes off line (withdrawn, also for a withdrawn consent, expired or archived).")
public class StoryPostResource {

    private final ChannelPublicationService service;
    private final Paging paging;
    private final CurrentActor actor;

    StoryPostResource(ChannelPublicationService service, Paging paging, CurrentActor actor) {
        this.service = service;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Record a post", description = "Records where a published story was posted on one of its channels "
            + "(the post's URL, when, by whom), once per channel. When the story goes off line, a takedown task opens for "
            + "every channel it was posted on.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryPost.class)),
            description = "Recorded; Location points at the story's posts.")
    @APIResponse(responseCode = "400", description = "The channel is not one of the story's, or the time is in the future.")
    @APIResponse(responseCode = "403", description = "Not a community or campaign manager.")
    @APIResponse(responseCode = "409", description = "The story is not published, or its post on the channel is recorded already.")
    public RestResponse<StoryPost> recordPost(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                              @NotNull @Valid StoryPostInput body, @Context UriInfo uriInfo) {
        Versioned<StoryPost> post = service.recordPost(storyId, body, actor.get());
        return Responses.created(post, uriInfo.getAbsolutePath());
    }

    @GET
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "List a story's posts", description = "Where the story was posted, per channel (in channel order; "
            + "one page holds them all).")
    @APIResponse(responseCode = "200", description = "The story's posts.")
    public Page<StoryPost> listPosts(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                     @Context UriInfo uriInfo) {
        return paging.page(service.posts(storyId, actor.get()), uriInfo);
    }
}
