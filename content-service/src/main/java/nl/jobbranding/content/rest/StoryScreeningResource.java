package nl.jobbranding.content.rest;

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
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.content.api.DismissalInput;
import nl.jobbranding.content.api.Screening;
import nl.jobbranding.content.service.ScreeningService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Pre-screen")
public class StoryScreeningResource {

    private final ScreeningService service;
    private final CurrentActor actor;

    StoryScreeningResource(ScreeningService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Path("/{storyId}/screening")
    @Operation(summary = "Get the pre-screen of a story's current revision", description = "The findings stored when the "
            + "current revision was submitted, with the dismissals made so far.")
    @APIResponse(responseCode = "200", description = "The screening.")
    @APIResponse(responseCode = "404", description = "No such story, or its current revision was not submitted yet.")
    public Screening getStoryScreening(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId) {
        return service.screening(storyId, null, actor.get());
    }

    @GET
    @Path("/{storyId}/revisions/{number}/screening")
    @Operation(summary = "Get the pre-screen of a revision", description = "The findings stored when that revision was submitted.")
    @APIResponse(responseCode = "200", description = "The screening.")
    @APIResponse(responseCode = "404", description = "No such story or revision, or the revision was never submitted.")
    public Screening getRevisionScreening(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                          @Parameter(description = "Revision number.", example = "2") @PathParam("number") int number) {
        return service.screening(storyId, number, actor.get());
    }

    @POST
    @Path("/{storyId}/screening/dismissals")
    @RolesAllowed(Roles.COMMUNITY_MANAGER)
    @Operation(summary = "Dismiss a pre-screen finding", description = "The community manager who holds the claim decides that "
            + "a finding of the current revision does not apply, and says why. The dismissal is recorded in the audit trail; "
            + "a block finding must be dismissed (or the story sent back) before the story can be approved.")
    @APIResponse(responseCode = "200", description = "The screening with the finding dismissed.")
    @APIResponse(responseCode = "409", description = "The caller does not hold the claim, or the finding was dismissed already.")
    public Screening dismissFinding(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                    @NotNull @Valid DismissalInput body) {
        return service.dismiss(storyId, body, actor.get());
    }
}
