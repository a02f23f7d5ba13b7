package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.MissInput;
import nl.jobbranding.content.api.ScreeningMiss;
import nl.jobbranding.content.service.ScreeningFeedbackService;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pre-screen")
public class ScreeningMissResource {

    /** A miss is never changed, so it has one version. */
    private static final long VERSION = 0;

    private final ScreeningFeedbackService service;
    private final CurrentActor actor;

    ScreeningMissResource(ScreeningFeedbackService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Path("/{storyId}/screening/misses")
    @RolesAllowed(Roles.COMMUNITY_MANAGER)
    @Operation(summary = "Report a span the pre-screen missed", description = "\"The screen missed this\": any community "
            + "manager marks a span of a screened revision (the current one unless named) with the value it breaks and a note. "
            + "It changes nothing about the story's review, so it needs no claim and can be made in any state, also after "
            + "publication. The span is checked against the revision's text; a span the screen found for that value is not a "
            + "miss. The audit trail records value and place, never the text or the note.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningMiss.class)),
            description = "Reported; Location points at the miss.")
    @APIResponse(responseCode = "409", description = "The revision was never screened, the screen found this span for the "
            + "value already, or the same miss was reported already.")
    public RestResponse<ScreeningMiss> reportMiss(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                                  @NotNull @Valid MissInput body, @Context UriInfo uriInfo) {
        ScreeningMiss miss = service.report(storyId, body, actor.get());
        return Responses.created(new Versioned<>(miss, VERSION), uriInfo, miss.id());
    }

    @GET
    @Path("/{storyId}/screening/misses/{missId}")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get a reported miss", description = "A span a community manager said the pre-screen missed.")
    @APIResponse(responseCode = "200", description = "The miss.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<ScreeningMiss> getMiss(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId,
                                               @Parameter(description = "Miss id.") @PathParam("missId") UUID missId,
                                               @Context Request request) {
        return Responses.ok(new Versioned<>(service.miss(storyId, missId, actor.get()), VERSION), request, "miss");
    }
}
