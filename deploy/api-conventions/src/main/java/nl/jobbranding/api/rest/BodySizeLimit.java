package nl.jobbranding.api.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import nl.jobbranding.api.config.ApiConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body larger than the API accepts before reading it, with a problem document. (The HTTP server's own,
 * higher limit, {@code quarkus.http.limits.max-body-size}, still stops bodies sent without a length.)
 */
public class BodySizeLimit {

    private final long maxBodyBytes;

    BodySizeLimit(ApiConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void checkLength(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodyBytes) {
                    throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
                }
            } catch (NumberFormatException e) {
                throw new WebApplicationException(Response.Status.BAD_REQUEST);
            }
        }
    }
}
