package nl.jobbranding.gateway.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.api.CampaignOverview;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.console.session.Sessions;
import nl.jobbranding.gateway.console.view.CapacityChart;
import nl.jobbranding.gateway.service.CompositionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The campaign manager's pages: the campaigns, and one campaign's composed overview with the capacity chart. */
@Path("/console/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignResource extends ConsolePage {

    static final List<String> STATES = List.of("draft", "submitted", "in-review", "changes-requested", "approved", "scheduled",
            "published", "rejected", "withdrawn", "archived");

    @Inject
    CompositionService composition;

    @Inject
    @Location("console/campaigns.html")
    Template campaigns;

    @Inject
    @Location("console/campaign.html")
    Template campaign;

    @GET
    @Operation(hidden = true)
    public TemplateInstance campaigns(@CookieParam(Sessions.COOKIE) String cookie) {
        ConsoleUser user = user(cookie, ConsoleUser::campaignManager);
        return campaigns.data("user", user).data("campaigns", required(user, api.get(user, "campaigns?limit=100")).items());
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance campaign(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @Context UriInfo uri) {
        ConsoleUser user = user(cookie, ConsoleUser::campaignManager);
        CampaignOverview overview;
        try {
            overview = composition.campaignOverview(id, new CompositionService.Caller(user.authorization(), ServiceReader.currentRequestId(),
                    uri.getBaseUri()));
        } catch (ServiceException e) {
            boolean notFound = e.kind() == ServiceException.Kind.NOT_FOUND;
            throw failure(user, notFound ? 404 : 503, notFound ? "Niet gevonden" : "Dienst niet bereikbaar",
                    notFound ? "Deze campagne bestaat niet." : "Het overzicht is nu niet te lezen. Probeer het over een paar seconden opnieuw.");
        }
        Map<String, Object> view = api.toMap(overview);
        Map<String, Object> capacity = ModerationResource.map(view.get("capacity"));
        List<Map<String, Object>> channels = capacity == null ? List.of()
                : ModerationResource.list(capacity.get("channels")).stream().map(ModerationResource::map).toList();
        return campaign.data("user", user).data("o", view).data("capacity", capacity).data("chart", CapacityChart.of(channels))
                .data("states", STATES);
    }
}
