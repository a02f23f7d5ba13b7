package nl.jobbranding.content.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.jobbranding.api.EventFeed;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * campaign-service's events feed, read with content-service's own token (role service), not a caller's: it is read
 * by scheduled work. Used only through {@link CampaignClient}.
 */
@RegisterRestClient(configKey = "campaign-service")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CampaignEventsApi {

    @GET
    @Path("/campaign-events")
    EventFeed campaignEvents(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
