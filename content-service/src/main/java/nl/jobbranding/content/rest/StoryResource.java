package nl.jobbranding.content.rest;

import jakarta.ws.rs.DELETE;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Revision;
import nl.jobbranding.content.api.ReviewContext;
import nl.jobbranding.content.api.RevisionDiff;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.StoryInput;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.service.ReviewContextService;
import nl.jobbranding.content.repository.ReviewContextRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import nl.jobbranding.content.service.StoryService;
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
@Tag(name = "Stories", description = "Stories written by units' own staff, with every revision kept. Unit editors see and "
        + "write their own unit's stories; community and campaign managers see all.")
public class StoryResource {

    private final StoryService service;
    private final ReviewContextService reviewContexts;
    private final Paging paging;
    private final CurrentActor actor;
    private final ObjectMapper json;

    StoryResource(StoryService service, ReviewContextService reviewContexts, Paging paging, CurrentActor actor, ObjectMapper json) {
        this.service = service;
        this.json = json;
        this.reviewContexts = reviewContexts;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List stories", description = "Stories in the order they were created, a page at a time, optionally "
            + "of one campaign, series, unit, state or channel. A unit editor gets their own unit's stories only.")
    @APIResponse(responseCode = "200", description = "A page of stories.")
    public Page<Story> listStories(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                   @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                   @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                   @QueryParam("campaignId") String campaignId,
                                   @Parameter(description = "Only stories of this series.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                   @QueryParam("seriesId") String seriesId,
                                   @Parameter(description = "Only stories of this unit.", example = "DJI") @QueryParam("unitCode") String unitCode,
                                   @Parameter(description = "Only stories in this state.", schema = @Schema(implementation = StoryState.class))
                                   @QueryParam("state") String state,
                                   @Parameter(description = "Only stories meant for this channel.", example = "linkedin")
                                   @QueryParam("channel") String channel,
                                   @Context UriInfo uriInfo) {
        StoryRepository.StoryFilter filter = new StoryRepository.StoryFilter(QueryParams.uuid("campaignId", campaignId),
                QueryParams.uuid("seriesId", seriesId), Texts.blankToNull(unitCode),
                QueryParams.enumValue("state", state, StoryState.class), Texts.blankToNull(channel));
        return paging.page(service.list(paging.request(limit, cursor), filter, actor.get()), uriInfo);
    }

    @GET
    @Path("/{storyId}")
    @Operation(summary = "Get a story", description = "The story with its current content, state, claim, approvals and the "
            + "actions the caller may take now. Answers 304 when If-None-Match names the current ETag.")
    @APIResponse(responseCode = "200", description = "The story; its ETag is its version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<Story> getStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                        @Context Request request) {
        return Responses.ok(service.get(storyId, actor.get()), request, "story");
    }

    @GET
    @Path("/{storyId}/review-context")
    @Operation(summary = "Get what a reviewer reads about a story", description = "In one answer: the story, the pre-screen "
            + "of its current revision, and the first page of its revisions (20), comments (50) and audit trail (50), the "
            + "same as GET /stories/{storyId}, .../screening, .../revisions, .../comments and .../audit-trail with the "
            + "same rights, read together. The story's ETag is in storyETag; each list's next page is at its own address.")
    @APIResponse(responseCode = "200", description = "The story with what a reviewer reads about it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewContext.class)))
    public Response getReviewContext(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                     @Context UriInfo uriInfo) throws JsonProcessingException {
        ReviewContextService.Parts parts = reviewContexts.of(storyId, new ReviewContextRepository.Addresses(
                firstPage(uriInfo, storyId, "revisions", ReviewContextService.REVISIONS),
                firstPage(uriInfo, storyId, "comments", ReviewContextService.COMMENTS),
                firstPage(uriInfo, storyId, "audit-trail", ReviewContextService.AUDIT_EVENTS)), actor.get());
        // The ReviewContext record as Jackson would write it: the story and its ETag here, the rest as PostgreSQL built it.
        byte[] story = json.writeValueAsBytes(parts.story().value());
        byte[] etag = json.writeValueAsBytes("\"" + parts.story().version() + "\"");
        byte[] rest = parts.rest().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream answer = new ByteArrayOutputStream(story.length + rest.length + 64);
        answer.writeBytes(STORY);
        answer.writeBytes(story);
        answer.writeBytes(STORY_ETAG);
        answer.writeBytes(etag);
        answer.write(',');
        answer.write(rest, 1, rest.length - 1); // the rest's fields, without its opening brace
        return Response.ok(answer.toByteArray(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static final byte[] STORY = "{\"story\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] STORY_ETAG = ",\"storyETag\":".getBytes(StandardCharsets.UTF_8);

    /** The address of a list's first page, as its own list gives it: the next page's adds the cursor. */
    private static String firstPage(UriInfo uriInfo, UUID storyId, String list, int limit) {
        return uriInfo.getBaseUriBuilder().path("api/v1/stories").path(storyId.toString()).path(list)
                .queryParam(Paging.LIMIT, limit).build().toString();
    }

    @DELETE
    @Path("/{storyId}")
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Delete a draft", description = "An editor of the story's unit deletes a draft that was never "
            + "submitted, with its revisions and comments. Its audit trail stays, ending with the deletion. A story that was "
            + "ever submitted cannot be deleted: a campaign manager withdraws or archives it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "Not an editor of the story's unit.")
    @APIResponse(responseCode = "409", description = "The story is not a draft, or was submitted before.")
    public RestResponse<Void> deleteStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                          @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
                                          @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        service.delete(storyId, ETags.ifMatch(ifMatch), actor.get());
        return Responses.noContent();
    }

    @POST
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Write a story", description = "A unit editor starts a story of their own unit in a series, as a "
            + "draft (revision 1). The series is checked in campaign-service when the story is submitted.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Story.class)),
            description = "Created; Location points at the story.")
    @APIResponse(responseCode = "403", description = "The unit is not the editor's own.")
    public RestResponse<Story> createStory(@NotNull @Valid StoryInput body, @Context UriInfo uriInfo) {
        Versioned<Story> created = service.create(body, actor.get());
        return Responses.created(created, uriInfo, created.value().id());
    }

    @PUT
    @Path("/{storyId}")
    @RolesAllowed(Roles.UNIT_EDITOR)
    @Operation(summary = "Revise a story", description = "Saves new content as the next revision, while the story is a draft "
            + "or changes were requested. Series and unit stay. Identical content adds no revision. Send the ETag you read in "
            + "If-Match.")
    @APIResponse(responseCode = "200", description = "Saved as a new revision.")
    @APIResponse(responseCode = "409", description = "The story is not a draft and no changes were requested.")
    public RestResponse<Story> updateStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                           @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                           @NotNull @Valid StoryInput body) {
        return Responses.ok(service.update(storyId, ETags.ifMatch(ifMatch), body, actor.get()));
    }

    @GET
    @Path("/{storyId}/revisions")
    @Operation(summary = "List a story's revisions", description = "Every saved version of the content, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of revisions.")
    public Page<Revision> listRevisions(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                        @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                        @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                        @Context UriInfo uriInfo) {
        return paging.page(service.revisions(storyId, paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Path("/{storyId}/revisions/{number}")
    @Operation(summary = "Get a revision", description = "One saved version of the story's content.")
    @APIResponse(responseCode = "200", description = "The revision.")
    public Revision getRevision(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                @Parameter(description = "Revision number.", example = "2") @PathParam("number") int number) {
        return service.revision(storyId, number, actor.get());
    }

    @GET
    @Path("/{storyId}/revisions/{number}/diff")
    @Operation(summary = "Compare revisions", description = "What changed from an older revision (the one before, unless "
            + "'from' names another) to this one: every changed field, and the body as a unified diff.")
    @APIResponse(responseCode = "200", description = "The differences.")
    public RevisionDiff diffRevision(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                     @Parameter(description = "The newer revision.", example = "2") @PathParam("number") int number,
                                     @Parameter(description = "The older revision; the previous one when absent.",
                                             schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) @QueryParam("from") String from) {
        return service.diff(storyId, number, QueryParams.integer("from", from), actor.get());
    }
}
