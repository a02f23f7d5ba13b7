package nl.jobbranding.gateway.rest;

import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.gateway.api.CampaignOverview;
import nl.jobbranding.gateway.api.ModerationOverview;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.service.CompositionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overviews", description = "Views composed by the gateway from both services, each within a time budget: a part "
        + "whose service does not answer in time is left out and named in 'missing'.")
public class CompositionResource {

    /** Shared caches may keep a page this long: short, so that a withdrawn story is gone from them soon too. */
    private static final int FEED_MAX_AGE_SECONDS = 5;

    private final CompositionService compositions;
    private final CurrentIdentityAssociation identity;
    private final Paging paging;
    private final PublicAddress address;

    CompositionResource(CompositionService compositions, CurrentIdentityAssociation identity, Paging paging,
                        PublicAddress address) {
        this.compositions = compositions;
        this.address = address;
        this.paging = paging;
        this.identity = identity;
    }

    @GET
    @Path("/campaign-overviews/{campaignId}")
    @RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get a campaign overview", description = "The campaign, its series with their units and story counts "
            + "per state, the capacity assessment and the five most recently published stories, in one call.")
    @APIResponse(responseCode = "200", description = "The overview; 'missing' names services whose parts are absent.")
    @APIResponse(responseCode = "404", description = "There is no such campaign.")
    public Uni<CampaignOverview> getCampaignOverview(@Parameter(description = "Campaign id.") @PathParam("campaignId") UUID campaignId,
                                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                @Context HttpServerRequest request) {
        CompositionService.Caller caller = caller(authorization, request);
        return answer(() -> compositions.campaignOverviewAsync(campaignId, caller));
    }

    @GET
    @Path("/public-feed")
    @PermitAll
    @Operation(summary = "Get the public feed", description = "Published stories with the names of their campaign, series "
            + "and unit, for career sites; per channel or target group. Anonymous and cacheable: send the ETag back in "
            + "If-None-Match to get 304 when nothing changed. No token needed.")
    @APIResponse(responseCode = "200", description = "A page of the feed.", headers = {
            @Header(name = "ETag", description = "The feed page's version.", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "How long the page may be reused.", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match.")
    public Uni<Response> getPublicFeed(@Parameter(description = "Only stories for this channel.", example = "linkedin") @QueryParam("channel") String channel,
                                  @Parameter(description = "Only stories of series aimed at this target group.", example = "zij-instromers")
                                  @QueryParam("targetGroup") String targetGroup,
                                  @Parameter(ref = "limit") @QueryParam("limit") String limit,
                                  @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                                  @Context HttpServerRequest request) {
        Integer pageSize = paging.limitIfGiven(limit);
        CompositionService.Caller caller = caller(null, request);
        // A token sent must be valid, although none is needed: checked without blocking the event loop.
        Uni<SecurityIdentity> who = authorization == null ? Uni.createFrom().nullItem() : identity.getDeferredIdentity();
        return who.onItem().transformToUni(found -> {
            if (found != null && found.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return answer(() -> compositions.publicFeedPage(channel, targetGroup, pageSize, cursor, caller.requestId()));
        }).map(page -> {
            EntityTag etag = new EntityTag(page.etag());
            CacheControl cache = new CacheControl();
            cache.setMaxAge(FEED_MAX_AGE_SECONDS);
            if (ifNoneMatch != null && (ifNoneMatch.contains(etag.toString()) || ifNoneMatch.trim().equals("*"))) {
                return Response.notModified(etag).cacheControl(cache).build();
            }
            return Response.ok(page.feed(caller, channel, targetGroup, pageSize, cursor)).tag(etag).cacheControl(cache).build();
        });
    }

    @GET
    @Path("/moderation-overview")
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
    @Operation(summary = "Get the moderation overview", description = "The moderation queue (oldest first) with each story's "
            + "series, its unit's sensitivity and its channels' audience expectations, so a reviewer needs one call.")
    @APIResponse(responseCode = "200", description = "A page of the overview.")
    public Uni<ModerationOverview> getModerationOverview(@Parameter(description = "Only stories of this campaign.") @QueryParam("campaignId") String campaignId,
                                                    @Parameter(description = "Only stories of this unit.", example = "DJI") @QueryParam("unitCode") String unitCode,
                                                    @Parameter(description = "Only stories for this channel.", example = "linkedin") @QueryParam("channel") String channel,
                                                    @Parameter(ref = "limit") @QueryParam("limit") String limit,
                                                    @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
                                                    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                    @Context HttpServerRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("campaignId", campaignId == null ? null : QueryParams.uuid("campaignId", campaignId).toString());
        filters.put("unitCode", unitCode);
        filters.put("channel", channel);
        Integer pageSize = paging.limitIfGiven(limit);
        filters.put("limit", pageSize == null ? null : pageSize.toString());
        filters.put("cursor", cursor);
        CompositionService.Caller caller = caller(authorization, request);
        return answer(() -> compositions.moderationOverviewAsync(filters, caller));
    }

    /**
     * A composed view's answer: composed on the event loop, where the request came in, and sent when its parts are
     * there; no thread waits for them. Its failure is the one the composition raised (a 503, 404 or a passed-on refusal).
     */
    private static <T> Uni<T> answer(Supplier<CompletionStage<T>> composition) {
        return Uni.createFrom().completionStage(composition)
                .onFailure(CompletionException.class).transform(failure -> failure.getCause() == null ? failure : failure.getCause());
    }

    private CompositionService.Caller caller(String authorization, HttpServerRequest request) {
        return new CompositionService.Caller(authorization, ServiceReader.currentRequestId(), address.baseUri(request));
    }
}
