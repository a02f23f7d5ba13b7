package nl.jobbranding.content.rest;

import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.content.api.QueueItem;
import nl.jobbranding.content.api.WorkflowTable;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.model.Workflow;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.service.QueueService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ModerationResource {

    private final QueueService queue;
    private final Paging paging;
    private final CurrentActor actor;

    ModerationResource(QueueService queue, Paging paging, CurrentActor actor) {
        this.queue = queue;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @Path("/workflow")
    @PermitAll
    @Operation(summary = "Get the moderation workflow", description = "Every state, every allowed transition and the roles "
            + "that may make it, with the rules that go with it. Anything not in this table is refused.")
    @APIResponse(responseCode = "200", description = "The workflow table.")
    public WorkflowTable getWorkflow() {
        return new WorkflowTable(Arrays.asList(StoryState.values()), Workflow.TRANSITIONS.stream()
                .map(t -> new WorkflowTable.TransitionRule(t.action(), t.from(), t.to(), t.roles().stream().sorted().toList(), t.rule()))
                .toList());
    }

    @GET
    @Path("/moderation-queue")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "List the moderation queue", description = "Stories waiting for review (submitted, or in review with "
            + "their claim), oldest submission first, with their age, approvals and pre-screen summary.")
    @APIResponse(responseCode = "200", description = "A page of the queue.")
    public Page<QueueItem> listModerationQueue(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                               @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                               @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                               @QueryParam("campaignId") String campaignId,
                                               @Parameter(description = "Only stories of this unit.", example = "DJI") @QueryParam("unitCode") String unitCode,
                                               @Parameter(description = "Only stories meant for this channel.", example = "instagram")
                                               @QueryParam("channel") String channel,
                                               @Context UriInfo uriInfo) {
        StoryRepository.StoryFilter filter = new StoryRepository.StoryFilter(QueryParams.uuid("campaignId", campaignId), null,
                Texts.blankToNull(unitCode), null, Texts.blankToNull(channel));
        return paging.page(queue.list(paging.request(limit, cursor), filter, actor.get()), uriInfo);
    }
}
