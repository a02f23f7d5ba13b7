package nl.jobbranding.gateway.rest;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.rest.RequestIds;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.routing.Downstream;
import nl.jobbranding.gateway.routing.Routes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Forwards the services' operations under {@code /api/v1}: same paths, status codes, headers and problem documents.
 * The body goes through as bytes, never parsed or rewritten; the services build their links and Location headers
 * from the X-Forwarded headers, so they point at the gateway. Anonymous callers reach only the public reads; every
 * token is checked here and passed on, and each service checks it again.
 */
@Path("/api/v1")
public class ForwardingResource {

    private static final Logger LOG = Logger.getLogger(ForwardingResource.class);
    private static final Set<String> REQUEST_HEADERS = Set.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
            HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, RequestIds.HEADER);
    private static final Set<String> RESPONSE_HEADERS = Set.of("content-type", "etag", "location", "api-version", "retry-after",
            "www-authenticate", "cache-control", "content-language", "link", "vary", "last-modified");

    private final DownstreamClient downstream;
    private final SecurityIdentity identity;

    ForwardingResource(DownstreamClient downstream, SecurityIdentity identity) {
        this.downstream = downstream;
        this.identity = identity;
    }

    @GET
    @Path("{path: .+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("GET", path, uri, headers, null);
    }

    @POST
    @Path("{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("POST", path, uri, headers, body);
    }

    @PUT
    @Path("{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response put(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PUT", path, uri, headers, body);
    }

    @PATCH
    @Path("{path: .+}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response patch(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return forward("PATCH", path, uri, headers, body);
    }

    @DELETE
    @Path("{path: .+}")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response delete(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forward("DELETE", path, uri, headers, null);
    }

    private Response forward(String method, String path, UriInfo uri, HttpHeaders headers, byte[] body) {
        Downstream target = Routes.of(path).orElseThrow(() -> ServiceException.notFound("resource", "/api/v1/" + path));
        boolean sentToken = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        // Reading the identity checks the token; an invalid one is a 401 here, even on a public read.
        if ((sentToken || !Routes.isPublic(method, path)) && identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        URI request = uri.getRequestUri();
        String pathAndQuery = request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
        Map<String, List<String>> outgoing = new LinkedHashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (REQUEST_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                outgoing.put(name, values);
            }
        });
        outgoing.put("X-Forwarded-Host", List.of(request.getPort() < 0 ? request.getHost() : request.getHost() + ":" + request.getPort()));
        outgoing.put("X-Forwarded-Proto", List.of(request.getScheme()));
        long started = System.nanoTime();
        HttpResponse<byte[]> answer = downstream.send(target, method, pathAndQuery, outgoing, body);
        LOG.infof("%s %s -> %s %d in %d ms", method, request.getRawPath(), target.serviceName(), answer.statusCode(),
                (System.nanoTime() - started) / 1_000_000);
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        answer.headers().map().forEach((name, values) -> {
            if (RESPONSE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> response.header(name, value));
            }
        });
        byte[] content = answer.body();
        return (content == null || content.length == 0 ? response : response.entity(content)).build();
    }
}
