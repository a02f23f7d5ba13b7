package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.api.CampaignFigures;
import nl.jobbranding.content.service.AnalyticsService;
import nl.jobbranding.content.service.FiguresService;
import nl.jobbranding.content.service.StoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/campaign-figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Analytics")
public class CampaignFiguresResource {

    /** The most recently published stories one answer holds at most. */
    static final int MAX_RECENT = 20;
    private static final int DEFAULT_RECENT = 5;

    private final FiguresService figures;
    private final AnalyticsService analytics;
    private final CurrentActor actor;

    CampaignFiguresResource(FiguresService figures, AnalyticsService analytics, CurrentActor actor) {
        this.figures = figures;
        this.analytics = analytics;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "Get a campaign's recent stories and figures", description = "For composed views such as the "
            + "gateway's campaign overview, in one read instead of three: the campaign's most recently published stories "
            + "(GET /published-stories?campaignId=), the story counts of its first " + FiguresService.MAX_COUNTED_SERIES
            + " series with stories (GET /story-counts) and, for community and campaign managers, the period's figures at a "
            + "glance (GET /analytics/summary?campaignId=); unit editors get the stories and their unit's counts without the "
            + "figures.")
    @APIResponse(responseCode = "200", description = "The stories and figures.")
    public CampaignFigures getCampaignFigures(@BeanParam AnalyticsScope scope,
                                              @Parameter(description = "How many of the most recently published stories (1 to "
                                                      + MAX_RECENT + ", by default " + DEFAULT_RECENT + ").", example = "5",
                                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5"))
                                              @QueryParam("recent") String recent,
                                              @Parameter(description = "Also count the stories each series published per month from "
                                                      + "this month on (at most " + StoryService.MAX_CADENCE_MONTHS + " months back): "
                                                      + "each series' cadence.", example = "2026-09",
                                                      schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$"))
                                              @QueryParam("publishedFrom") String publishedFrom) {
        UUID campaignId = scope.campaign();
        if (campaignId == null) {
            throw ServiceException.invalid("campaignId", "give the campaign whose figures to read");
        }
        Integer count = QueryParams.integer("recent", recent);
        if (count != null && (count < 1 || count > MAX_RECENT)) {
            throw ServiceException.invalid("recent", "must be 1 to " + MAX_RECENT);
        }
        return figures.figures(campaignId, count == null ? DEFAULT_RECENT : count, scope.period(analytics),
                QueryParams.month("publishedFrom", publishedFrom), actor.get());
    }
}
