package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.api.StoryCounts;
import nl.jobbranding.content.service.StoryService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/story-counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_EDITOR, Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Stories")
public class StoryCountResource {

    private static final int MAX_SERIES = 100;

    private final StoryService stories;
    private final CurrentActor actor;

    StoryCountResource(StoryService stories, CurrentActor actor) {
        this.stories = stories;
        this.actor = actor;
    }

    @GET
    @Operation(summary = "Count stories per series and state", description = "For overviews: how many stories each series has "
            + "in each state and, with publishedFrom, how many it published per month. Unit editors count their own unit's "
            + "stories only.")
    @APIResponse(responseCode = "200", description = "The counts.")
    public StoryCounts countStories(@Parameter(description = "A series to count (1 to 100, repeat the parameter).", required = true,
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class)) @QueryParam("seriesId") List<String> seriesIds,
            @Parameter(description = "Also count the stories published per month from this month on (at most "
                    + StoryService.MAX_CADENCE_MONTHS + " months back): each series' cadence.", example = "2026-09",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{2}$")) @QueryParam("publishedFrom") String publishedFrom) {
        List<UUID> ids = QueryParams.severalUuids("seriesId", seriesIds, MAX_SERIES);
        if (ids == null) {
            throw ServiceException.invalid("seriesId", "give 1 to " + MAX_SERIES + " series (repeat the parameter for each)");
        }
        return stories.counts(ids, QueryParams.month("publishedFrom", publishedFrom), actor.get());
    }
}
