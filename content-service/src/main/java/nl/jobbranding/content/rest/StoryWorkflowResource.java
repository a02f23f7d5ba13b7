package nl.jobbranding.content.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.jobbranding.api.security.Roles;
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
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.CsvWriter;
import nl.jobbranding.api.rest.ETags;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.AuditEvent;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.TransitionInput;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.service.HistoryService;
import nl.jobbranding.content.service.WorkflowService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Moderation", description = "The moderation workflow: transitions, claims, reviews against the campaign's values, "
        + "the moderation queue and each story's append-only audit trail.")
public class StoryWorkflowResource {

    private final WorkflowService workflow;
    private final HistoryService history;
    private final Paging paging;
    private final CurrentActor actor;

    StoryWorkflowResource(WorkflowService workflow, HistoryService history, Paging paging, CurrentActor actor) {
        this.workflow = workflow;
        this.history = history;
        this.paging = paging;
        this.actor = actor;
    }

    @POST
    @Path("/{storyId}/transitions")
    @Operation(summary = "Move a story through the workflow", description = "Submit (unit editor), claim or release (community "
            + "manager), schedule, unschedule or publish (community or campaign manager), withdraw or archive (campaign "
            + "manager). Review decisions are made by posting a review. Send the story's ETag in If-Match: of two people "
            + "acting at once, one wins and the other gets 412 with the current version.")
    @APIResponse(responseCode = "200", description = "The story in its new state.")
    @APIResponse(responseCode = "403", description = "The caller's role or unit may not take this action.")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this action now (state, claim, consent, "
            + "or the series or campaign is not active).")
    @APIResponse(responseCode = "503", description = "campaign-service, which a submission is checked against, does not "
            + "answer; nothing was changed. Retry-After says when to try again.")
    @APIResponse(responseCode = "502", description = "A submission: " + CampaignClient.REFUSED)
    public RestResponse<Story> transitionStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                               @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                               @NotNull @Valid TransitionInput body) {
        return Responses.ok(workflow.transition(storyId, ETags.ifMatch(ifMatch), body, actor.get()));
    }

    @POST
    @Path("/{storyId}/reviews")
    @RolesAllowed(Roles.COMMUNITY_MANAGER)
    @Operation(summary = "Review a story", description = "The community manager who holds the claim gives a verdict on each "
            + "of the campaign's values and on the fit with each channel's audience (explained unless 'meets'), and decides: "
            + "approve (only when every verdict is 'meets'), request changes or reject (with reasons). Nobody reviews a story "
            + "they wrote; a sensitive unit's story needs two approvals by different community managers. Send the story's "
            + "ETag in If-Match.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Review.class)),
            description = "The review is recorded and its decision taken; Location points at it, "
            + "ETag is the story's new version.")
    @APIResponse(responseCode = "403", description = "Not a community manager, or the reviewer wrote the story or approved it already.")
    @APIResponse(responseCode = "409", description = "The story is not in review, the caller does not hold the claim, or the "
            + "revision is not the current one.")
    public RestResponse<Review> reviewStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                            @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
                                            @NotNull @Valid ReviewInput body, @Context UriInfo uriInfo) {
        Versioned<Review> review = workflow.review(storyId, ETags.ifMatch(ifMatch), body, actor.get());
        return Responses.created(review, uriInfo, review.value().id());
    }

    @GET
    @Path("/{storyId}/reviews")
    @Operation(summary = "List a story's reviews", description = "Every review decision on the story, oldest first, with the verdicts.")
    @APIResponse(responseCode = "200", description = "A page of the reviews.")
    public Page<Review> listReviews(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                    @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                    @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                    @Context UriInfo uriInfo) {
        return paging.page(history.reviews(storyId, paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Path("/{storyId}/reviews/{reviewId}")
    @Operation(summary = "Get a review", description = "One review decision with its verdicts.")
    @APIResponse(responseCode = "200", description = "The review.")
    public Review getReview(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                            @Parameter(description = "Review id.") @PathParam("reviewId") UUID reviewId) {
        return history.review(storyId, reviewId, actor.get());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/{storyId}/audit-trail")
    @Operation(summary = "Get a story's audit trail", description = "Every action on the story in order: who, when, from which "
            + "state to which, on which revision, and why. Entries are never changed or removed.")
    @APIResponse(responseCode = "200", description = "A page of the audit trail.")
    public Page<AuditEvent> getAuditTrail(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                          @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                          @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                          @Context UriInfo uriInfo) {
        return paging.page(history.auditTrail(storyId, paging.request(limit, cursor), actor.get()), uriInfo);
    }
}
