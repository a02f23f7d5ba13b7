package nl.jobbranding.content.rest;

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
import nl.jobbranding.api.rest.Responses;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.ConsentChange;
import nl.jobbranding.content.api.ConsentWithdrawal;
import nl.jobbranding.content.api.Erasure;
import nl.jobbranding.content.service.ErasureService;
import nl.jobbranding.content.api.FeaturedPerson;
import nl.jobbranding.content.api.FeaturedPersonInput;
import nl.jobbranding.content.service.FeaturedPersonService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/featured-people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Featured people", description = "People who appear in stories and their consent: what they agreed to, for "
        + "which channels, from when until when. Withdrawing consent withdraws their published stories at once.")
public class FeaturedPersonResource {

    private final FeaturedPersonService service;
    private final Paging paging;
    private final CurrentActor actor;
    private final ErasureService erasure;

    FeaturedPersonResource(FeaturedPersonService service, ErasureService erasure, Paging paging, CurrentActor actor) {
        this.erasure = erasure;
        this.service = service;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "List featured people", description = "A unit editor sees their own unit's people only.")
    @APIResponse(responseCode = "200", description = "A page of featured people.")
    public Page<FeaturedPerson> listFeaturedPeople(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                                   @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                                   @Parameter(description = "Only people of this unit.", example = "DJI")
                                                   @QueryParam("unitCode") String unitCode,
                                                   @Context UriInfo uriInfo) {
        return paging.page(service.list(paging.request(limit, cursor), Texts.blankToNull(unitCode), actor.get()), uriInfo);
    }

    @GET
    @Path("/{personId}")
    @Operation(summary = "Get a featured person", description = "The person and their consent.")
    @APIResponse(responseCode = "200", description = "The person; the ETag is the record's version.")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match.")
    public RestResponse<FeaturedPerson> getFeaturedPerson(@Parameter(description = "Person id.") @PathParam("personId") UUID personId,
                                                          @Context Request request) {
        return Responses.ok(service.get(personId, actor.get()), request, "featured person");
    }

    @POST
    @Operation(summary = "Record a featured person's consent", description = "Records a person who may appear in the unit's "
            + "stories, with what they agreed to, for which channels and until when.")
    @APIResponse(responseCode = "201",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeaturedPerson.class)),
            description = "Created; Location points at the person.")
    public RestResponse<FeaturedPerson> createFeaturedPerson(@NotNull @Valid FeaturedPersonInput body, @Context UriInfo uriInfo) {
        Versioned<FeaturedPerson> created = service.create(body, actor.get());
        return Responses.created(created, uriInfo, created.value().id());
    }

    @POST
    @Path("/{personId}/consent-withdrawal")
    @Operation(summary = "Withdraw a featured person's consent", description = "Ends the consent now and withdraws every "
            + "published or scheduled story featuring the person, in one step; each story's audit trail says why.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the answer lists the stories withdrawn with it.")
    @APIResponse(responseCode = "409", description = "The consent was withdrawn already.")
    public RestResponse<ConsentWithdrawal.Result> withdrawConsent(
            @Parameter(description = "Person id.") @PathParam("personId") UUID personId,
            @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ConsentWithdrawal body) {
        return Responses.ok(service.withdrawConsent(personId, ETags.ifMatch(ifMatch), body, actor.get()));
    }

    @POST
    @Path("/{personId}/consent-change")
    @Operation(summary = "Change a featured person's consent", description = "An editor of the person's unit records new "
            + "terms: extended (a later last day), narrowed to fewer channels, or widened. The stories that are out or "
            + "scheduled on a channel the consent no longer covers are withdrawn at once (all of them when it now ends "
            + "before today); each story's audit trail says why. Send the person's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the answer lists the stories withdrawn with it.")
    @APIResponse(responseCode = "403", description = "Not an editor of the person's unit.")
    @APIResponse(responseCode = "409", description = "The consent was withdrawn; record a new one instead.")
    public RestResponse<ConsentChange.Result> changeConsent(
            @Parameter(description = "Person id.") @PathParam("personId") UUID personId,
            @Parameter(ref = "If-Match") @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid ConsentChange body) {
        return Responses.ok(service.changeConsent(personId, ETags.ifMatch(ifMatch), body, actor.get()));
    }

    @POST
    @Path("/{personId}/erasure")
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Erase a featured person", description = "At the person's request (GDPR article 17), an editor of "
            + "the person's unit or a campaign manager erases them: every story that featured them is withdrawn first if it "
            + "is out or scheduled, then their name and id are removed from it everywhere (current content, every revision "
            + "and its screening, comments, reviews, dismissals, reported misses, appeals, the reasons in the audit trail), "
            + "and their consent record is deleted. Each story's audit trail records the erasure by the person's id only. "
            + "This cannot be undone.")
    @APIResponse(responseCode = "200", description = "Erased; the answer lists the stories withdrawn and edited.")
    @APIResponse(responseCode = "403", description = "Neither an editor of the person's unit nor a campaign manager.")
    public Erasure erasePerson(@Parameter(description = "Person id.") @PathParam("personId") UUID personId,
                               @Parameter(description = ETags.IF_MATCH_ON_DELETE, schema = @Schema(type = SchemaType.STRING))
                               @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        return erasure.erase(personId, ETags.ifMatch(ifMatch), actor.get());
    }
}
