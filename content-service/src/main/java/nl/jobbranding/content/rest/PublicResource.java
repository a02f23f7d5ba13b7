package nl.jobbranding.content.rest;

import nl.jobbranding.content.api.AppealCounts;
import nl.jobbranding.content.service.AppealService;
import nl.jobbranding.api.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.CsvWriter;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.content.api.PublishedStory;
import nl.jobbranding.content.api.TransparencyEntry;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.service.PublicService;
import nl.jobbranding.content.api.TakedownEntry;
import nl.jobbranding.content.service.ChannelPublicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "What anyone may read without a token: published stories and the transparency log.")
public class PublicResource {

    private final PublicService service;
    private final AppealService appeals;
    private final Paging paging;

    private final ChannelPublicationService channels;

    PublicResource(PublicService service, AppealService appeals, ChannelPublicationService channels, Paging paging) {
        this.channels = channels;
        this.appeals = appeals;
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Path("/published-stories")
    @Operation(summary = "List published stories", description = "Stories that are on line now, newest publication first, "
            + "optionally of one campaign, series, unit or channel.")
    @APIResponse(responseCode = "200", description = "A page of published stories.")
    public Page<PublishedStory> listPublishedStories(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                                     @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                                     @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                                     @QueryParam("campaignId") String campaignId,
                                                     @Parameter(description = "Only stories of this series.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                                     @QueryParam("seriesId") String seriesId,
                                                     @Parameter(description = "Only stories of this unit.", example = "OM") @QueryParam("unitCode") String unitCode,
                                                     @Parameter(description = "Only stories on this channel.", example = "blog") @QueryParam("channel") String channel,
                                                     @Context UriInfo uriInfo) {
        StoryRepository.StoryFilter filter = new StoryRepository.StoryFilter(QueryParams.uuid("campaignId", campaignId),
                QueryParams.uuid("seriesId", seriesId), Texts.blankToNull(unitCode), null, Texts.blankToNull(channel));
        return paging.page(service.published(paging.request(limit, cursor), filter), uriInfo);
    }

    @GET
    @Path("/published-version")
    @Operation(hidden = true)
    public Map<String, Long> getPublishedVersion() {
        // For the gateway's public feed in memory: a new version drops its pages (not part of the public API).
        return Map.of("version", service.publishedVersion());
    }

    @GET
    @Path("/published-stories/{storyId}")
    @Operation(summary = "Get a published story", description = "A story that is on line now; other stories are not found here.")
    @APIResponse(responseCode = "200", description = "The story.")
    public PublishedStory getPublishedStory(@Parameter(description = "Story id.") @PathParam("storyId") UUID storyId) {
        return service.published(storyId);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/transparency-log")
    @Operation(summary = "List moderation decisions", description = "Decisions on published and rejected stories, newest first: "
            + "which values, what verdicts, what decision, when. Without personal data: no names, no free text.")
    @APIResponse(responseCode = "200", description = "A page of decisions.")
    public Page<TransparencyEntry> listTransparencyLog(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                                      @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                                      @Parameter(description = "Only decisions in this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                                      @QueryParam("campaignId") String campaignId,
                                                      @Context UriInfo uriInfo) {
        return paging.page(service.transparencyLog(paging.request(limit, cursor), QueryParams.uuid("campaignId", campaignId)), uriInfo);
    }

    @GET
    @Path("/transparency-log/appeal-counts")
    @Operation(summary = "Count appeals and their outcomes", description = "How many rejections and requests for changes were "
            + "appealed, and how many appeals wait, were upheld and were overturned; optionally in one campaign. Numbers "
            + "only: no names, no reasons.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public AppealCounts countAppeals(@Parameter(description = "Only appeals in this campaign.",
                                             schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                                     @QueryParam("campaignId") String campaignId) {
        return appeals.counts(QueryParams.uuid("campaignId", campaignId));
    }

    @GET
    @Path("/transparency-log/takedowns")
    @Operation(summary = "List takedowns", description = "Every post taken down (or still to take down) because its story went "
            + "off line, newest first: which story, which channel, why, and how long it took. Without personal data: no "
            + "names, no post addresses.")
    @APIResponse(responseCode = "200", description = "A page of takedowns.")
    public Page<TakedownEntry> listTakedowns(@Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
                                             @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
                                             @Context UriInfo uriInfo) {
        return paging.page(channels.transparency(paging.request(limit, cursor)), uriInfo);
    }
}
