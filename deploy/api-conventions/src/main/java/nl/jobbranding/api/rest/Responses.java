package nl.jobbranding.api.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** The HTTP form of results: ETags on single resources, conditional GET, 201 with Location on create. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the ETag, or 304 when the client's If-None-Match already names this version. */
    public static <T> RestResponse<T> ok(Versioned<T> resource, Request request, String what) {
        EntityTag tag = ETags.of(resource.version());
        Response.ResponseBuilder precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            int status = precondition.build().getStatus();
            if (status == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                throw ServiceException.stale(what, resource.version());
            }
            return RestResponse.ResponseBuilder.<T>create(status).tag(tag).build();
        }
        return ok(resource);
    }

    public static <T> RestResponse<T> ok(Versioned<T> resource) {
        return RestResponse.ResponseBuilder.ok(resource.value()).tag(ETags.of(resource.version())).build();
    }

    /** 201 for a resource created under the request's path with this id. */
    public static <T> RestResponse<T> created(Versioned<T> resource, UriInfo uriInfo, Object id) {
        return created(resource, uriInfo.getAbsolutePathBuilder().path(String.valueOf(id)).build());
    }

    public static <T> RestResponse<T> created(Versioned<T> resource, URI location) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(resource.value())
                .tag(ETags.of(resource.version())).build();
    }

    public static RestResponse<Void> noContent() {
        return RestResponse.noContent();
    }
}
