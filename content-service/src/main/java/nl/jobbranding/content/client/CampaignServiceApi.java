package nl.jobbranding.content.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The part of campaign-service's API that content-service reads, with the caller's token. Used only through
 * {@link CampaignClient}.
 */
@RegisterRestClient(configKey = "campaign-service")
@RegisterClientHeaders(BearerTokenPropagation.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
interface CampaignServiceApi {

    @GET
    @Path("/series/{id}")
    SeriesRef series(@PathParam("id") UUID id);

    @GET
    @Path("/campaigns/{id}")
    CampaignRef campaign(@PathParam("id") UUID id);

    @GET
    @Path("/units/{code}")
    UnitRef unit(@PathParam("code") String code);

    @GET
    @Path("/channels/{code}")
    ChannelRef channel(@PathParam("code") String code);

    @GET
    @Path("/target-groups/{code}")
    TargetGroupRef targetGroup(@PathParam("code") String code);

    /** The first page of channels (there are a handful), for naming the valid codes when a client sends another. */
    @GET
    @Path("/channels")
    ChannelRef.Page channels(@QueryParam("limit") int limit);
}
