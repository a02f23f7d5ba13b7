package nl.jobbranding.content.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import java.time.Duration;

/**
 * content-service's own token (role {@code service}) on calls it makes on its own behalf, outside any request: reading
 * campaign-service's events feed. A client-credentials token from the identity provider's token endpoint
 * ({@code quarkus.oidc-client.*}; locally the run command's development issuer), kept while it is valid and asked for
 * again shortly before it expires ({@code quarkus.oidc-client.refresh-token-time-skew}).
 */
@ApplicationScoped
public class ServiceTokenHeaders implements ClientHeadersFactory {

    /** Longest wait for the token endpoint. */
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final OidcClient client;
    private final TokensHelper tokens = new TokensHelper();

    ServiceTokenHeaders(OidcClient client) {
        this.client = client;
    }

    /**
     * The current access token.
     *
     * @throws RuntimeException when no identity provider is configured ({@code quarkus.oidc-client.client-enabled=false})
     *                          or its token endpoint does not answer
     */
    public String accessToken() {
        return tokens.getTokens(client).await().atMost(WAIT).getAccessToken();
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
        return headers;
    }
}
