package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.EventFeed;
import nl.jobbranding.api.rest.EventFeeds;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.content.service.Events;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "What happened to stories, appeals and consents, in commit order, to catch up "
        + "without webhooks; and webhook subscriptions that deliver the same events.")
public class EventResource {

    private final Events events;
    private final Paging paging;

    EventResource(Events events, Paging paging) {
        this.events = events;
        this.paging = paging;
    }

    @GET
    @RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER, Roles.SERVICE})
    @Operation(summary = "Read story events", description = "Every step of a story's workflow and what follows from "
            + "it, in the order it was committed: " + EventTypesInDocument.PLACEHOLDER + ". Campaign and series events "
            + "are at /campaign-events. Store the "
            + "answer's 'after' and pass it next time to get only what happened since; nothing committed is ever "
            + "skipped, and a change rolled back has no event.")
    @APIResponse(responseCode = "200", description = "Events after the position given (from the beginning without one).")
    public EventFeed listEvents(
            @Parameter(description = "The position to read after: the 'after' of an earlier answer.", example = "MTIzNC41Ng")
            @QueryParam(EventFeeds.AFTER) String after,
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit, @Context UriInfo uriInfo) {
        return EventFeeds.read(paging, after, limit, uriInfo, events::feed);
    }
}
