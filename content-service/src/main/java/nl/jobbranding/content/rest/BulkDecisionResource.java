package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.content.api.BulkDecisionInput;
import nl.jobbranding.content.api.BulkDecisionResult;
import nl.jobbranding.content.service.BulkDecisionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bulk-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class BulkDecisionResource {

    private final BulkDecisionService bulk;
    private final CurrentActor actor;

    BulkDecisionResource(BulkDecisionService bulk, CurrentActor actor) {
        this.bulk = bulk;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.COMMUNITY_MANAGER)
    @Operation(summary = "Take one moderation step for many stories", description = "Claim, release, approve, request changes "
            + "or reject up to 100 stories at once. Each item is taken on its own, under every rule of the single step (the "
            + "claim, nobody reviews their own story, two approvals for a sensitive unit, open block findings, consent, and "
            + "the item's version instead of If-Match), with its own audit entry. The answer is 200 with a result per item: "
            + "done, or refused with the problem the single step would have answered; a refused item changes nothing, and "
            + "the others are done regardless.")
    @APIResponse(responseCode = "200", description = "Every item was tried: the counts of done and refused items, and a "
            + "result per item in the order of the request.")
    @APIResponse(responseCode = "400", description = "The request itself is invalid (no item is tried): a step that is not "
            + "a bulk step, a story named twice, a decision without the revision, or request-changes or reject without reasons.")
    @APIResponse(responseCode = "403", description = "Only community managers take moderation steps.")
    public BulkDecisionResult decideInBulk(@NotNull @Valid BulkDecisionInput body) {
        return bulk.decide(body, actor.get());
    }
}
