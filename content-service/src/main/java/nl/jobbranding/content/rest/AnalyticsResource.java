package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.CsvWriter;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.content.api.AnalyticsSummary;
import nl.jobbranding.content.api.AppealCounts;
import nl.jobbranding.content.api.LeadTimeRow;
import nl.jobbranding.content.api.StoryFlowRow;
import nl.jobbranding.content.api.TakedownTimeRow;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AnalyticsRepository.Dimension;
import nl.jobbranding.content.repository.AnalyticsRepository.Truncation;
import nl.jobbranding.content.service.AnalyticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Objects;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Analytics", description = "Figures for community and campaign managers over a period, per week or month, "
        + "unit, series or channel. Pre-screen findings per value and how often each rule's findings are dismissed are "
        + "the counts of GET /screening-feedback (same period and campaign parameters).")
public class AnalyticsResource {

    private static final List<Dimension> FLOW_GROUPS = List.of(Dimension.STATE, Dimension.UNIT, Dimension.SERIES, Dimension.CHANNEL);
    private static final List<Dimension> LEAD_TIME_GROUPS = List.of(Dimension.UNIT, Dimension.CHANNEL, Dimension.ALL);

    private final AnalyticsService analytics;
    private final Paging paging;
    private final CurrentActor actor;

    AnalyticsResource(AnalyticsService analytics, Paging paging, CurrentActor actor) {
        this.analytics = analytics;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/story-flow")
    @Operation(summary = "Count stories per state over time", description = "How many stories entered each state per week or "
            + "month, in total or per unit, series or channel: from the audit trail, each story once per period and state.")
    @APIResponse(responseCode = "200", description = "A page of rows, by period, state and key.")
    public Page<StoryFlowRow> getStoryFlow(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @BeanParam AnalyticsScope scope,
            @Parameter(description = "Weeks (from Monday) or months; months by default.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month"})) @QueryParam("period") String period,
            @Parameter(description = "What to count per besides state; state only by default.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"state", "unit", "series", "channel"}))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Only this state.", schema = @Schema(implementation = StoryState.class)) @QueryParam("state") String state,
            @Context UriInfo uriInfo) {
        Truncation truncation = Objects.requireNonNullElse(QueryParams.enumValue("period", period, Truncation.class), Truncation.MONTH);
        Dimension dimension = Objects.requireNonNullElse(QueryParams.oneOf("groupBy", groupBy, FLOW_GROUPS), Dimension.STATE);
        return paging.page(analytics.storyFlow(scope.period(analytics), scope.campaign(), truncation, dimension,
                QueryParams.enumValue("state", state, StoryState.class), paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/review-lead-times")
    @Operation(summary = "Measure review lead times", description = "Per unit or channel, the median and 90th percentile of the "
            + "time from a story's submission to each review decision taken in the period (percentile_cont).")
    @APIResponse(responseCode = "200", description = "A page of rows, by unit or channel code.")
    public Page<LeadTimeRow> getReviewLeadTimes(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @BeanParam AnalyticsScope scope,
            @Parameter(description = "Per unit (by default), per channel (a story counts on each of its channels), or all "
                    + "decisions together (one row without key).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"unit", "channel", "all"})) @QueryParam("groupBy") String groupBy,
            @Context UriInfo uriInfo) {
        Dimension dimension = Objects.requireNonNullElse(QueryParams.oneOf("groupBy", groupBy, LEAD_TIME_GROUPS), Dimension.UNIT);
        return paging.page(analytics.leadTimes(scope.period(analytics), scope.campaign(), dimension,
                paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/takedown-times")
    @Operation(summary = "Measure takedown times", description = "Per channel, the takedowns confirmed in the period and the "
            + "median and 90th percentile of the time from the task opening (its story going off line) to its "
            + "confirmation (percentile_cont). The open tasks are at GET /takedown-tasks.")
    @APIResponse(responseCode = "200", description = "A page of rows, by channel code.")
    public Page<TakedownTimeRow> getTakedownTimes(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @BeanParam AnalyticsScope scope,
            @Context UriInfo uriInfo) {
        return paging.page(analytics.takedownTimes(scope.period(analytics), scope.campaign(), paging.request(limit, cursor),
                actor.get()), uriInfo);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Summarise a period", description = "A period's figures at a glance, as the campaign overview shows "
            + "them: stories that entered each state (each story once per state), the review lead time over all decisions "
            + "and the appeal outcomes; the same figures story-flow, review-lead-times (groupBy=all) and appeal-outcomes give, "
            + "in one answer.")
    @APIResponse(responseCode = "200", description = "The figures.")
    public AnalyticsSummary getSummary(@BeanParam AnalyticsScope scope) {
        return analytics.summary(scope.period(analytics), scope.campaign(), actor.get());
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/appeal-outcomes")
    @Operation(summary = "Count appeal outcomes", description = "Appeals made in the period, per decision appealed against: "
            + "waiting, upheld and overturned.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public AppealCounts getAppealOutcomes(@BeanParam AnalyticsScope scope) {
        return analytics.appealOutcomes(scope.period(analytics), scope.campaign(), actor.get());
    }
}
