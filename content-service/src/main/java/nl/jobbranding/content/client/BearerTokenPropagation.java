package nl.jobbranding.content.client;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Passes the caller's bearer token on to campaign-service, which checks it itself: a call made for a unit editor is
 * made as that unit editor. Outside a request (scheduled work) nothing is added.
 */
@ApplicationScoped
class BearerTokenPropagation implements ClientHeadersFactory {

    private final JsonWebToken token;

    BearerTokenPropagation(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (Arc.container().requestContext().isActive() && token.getRawToken() != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getRawToken());
        }
        return headers;
    }
}
