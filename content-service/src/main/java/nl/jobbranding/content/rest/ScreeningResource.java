package nl.jobbranding.content.rest;

import nl.jobbranding.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.content.api.Screening;
import nl.jobbranding.content.api.ScreeningRequest;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.service.ScreeningService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Pre-screen", description = "The automated pre-screen against the values: where a story may break one, with the "
        + "exact place, a severity and a suggestion. The screen points; the reviewer decides.")
public class ScreeningResource {

    private final ScreeningService service;
    private final CurrentActor actor;

    ScreeningResource(ScreeningService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @POST
    @Operation(summary = "Screen a draft", description = "Screens a text for a unit and its channels without storing anything, "
            + "so an editor can check a draft before submitting. Uses the unit's sensitivity and the channels' profiles "
            + "from campaign-service, and with a series the terms its campaign added. A unit editor screens for their own unit.")
    @APIResponse(responseCode = "200", description = "The findings, in text order.")
    @APIResponse(responseCode = "403", description = "A unit editor asked for another unit.")
    @APIResponse(responseCode = "503", description = "campaign-service does not answer. Retry-After says when to try again.")
    @APIResponse(responseCode = "502", description = CampaignClient.REFUSED)
    public Screening screenDraft(@NotNull @Valid ScreeningRequest body) {
        return service.screenDraft(body, actor.get());
    }
}
