package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
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
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.api.AppealCounts;
import nl.jobbranding.content.api.LeadTimeRow;
import nl.jobbranding.content.api.StoryFlowRow;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AnalyticsRepository.Dimension;
import nl.jobbranding.content.service.AnalyticsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Analytics")
public class AnalyticsResource {

    private static final String PERIOD = "The period's first day (UTC); by default a year before 'to'. A period is at most "
            + AnalyticsService.MAX_YEARS + " years.";
    private static final String PERIOD_END = "The period's last day (UTC), included; by default today.";

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
            @Parameter(description = PERIOD, example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = PERIOD_END, example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Weeks (from Monday) or months; months by default.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"week", "month"})) @QueryParam("period") String period,
            @Parameter(description = "What to count per besides state; state only by default.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"state", "unit", "series", "channel"}))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Only this state.", schema = @Schema(implementation = StoryState.class)) @QueryParam("state") String state,
            @Context UriInfo uriInfo) {
        String truncation = choice("period", period, List.of("week", "month"), "month");
        Dimension dimension = Dimension.valueOf(choice("groupBy", groupBy, List.of("state", "unit", "series", "channel"), "state")
                .toUpperCase(Locale.ROOT));
        return paging.page(analytics.storyFlow(period(from, to), QueryParams.uuid("campaignId", campaignId), truncation, dimension,
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
            @Parameter(description = PERIOD, example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = PERIOD_END, example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Per unit (by default), per channel (a story counts on each of its channels), or all "
                    + "decisions together (one row without key).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"unit", "channel", "all"})) @QueryParam("groupBy") String groupBy,
            @Context UriInfo uriInfo) {
        Dimension dimension = Dimension.valueOf(choice("groupBy", groupBy, List.of("unit", "channel", "all"), "unit")
                .toUpperCase(Locale.ROOT));
        return paging.page(analytics.leadTimes(period(from, to), QueryParams.uuid("campaignId", campaignId), dimension,
                paging.request(limit, cursor), actor.get()), uriInfo);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @Path("/appeal-outcomes")
    @Operation(summary = "Count appeal outcomes", description = "Appeals made in the period, per decision appealed against: "
            + "waiting, upheld and overturned.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public AppealCounts getAppealOutcomes(
            @Parameter(description = PERIOD, example = "2026-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = PERIOD_END, example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId) {
        return analytics.appealOutcomes(period(from, to), QueryParams.uuid("campaignId", campaignId), actor.get());
    }

    private AnalyticsService.Period period(String from, String to) {
        return analytics.period(QueryParams.date("from", from), QueryParams.date("to", to));
    }

    private static String choice(String name, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(value.trim())) {
            throw ServiceException.invalid(name, "'" + value + "' is not one of: " + String.join(", ", allowed));
        }
        return value.trim();
    }
}
