package nl.jobbranding.gateway.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.rest.ProblemMappers;
import nl.jobbranding.gateway.client.RefusedByService;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own failures as problem documents, beside the ones every service shares (ProblemMappers). */
public class GatewayProblemMappers {

    /** A service's 4xx inside a composed view is the caller's answer: the same problem, at the gateway's path. */
    @ServerExceptionMapper
    public Response refusedByService(RefusedByService e, UriInfo uriInfo) {
        return Response.status(e.status()).type(ProblemMappers.PROBLEM_JSON)
                .entity(e.problem().deepCopy().put("status", e.status()).put("instance", uriInfo.getRequestUri().getRawPath()))
                .build();
    }
}
