package nl.jobbranding.gateway.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The gateway's own token (role {@code service}), for what it reads on its own behalf: the names in the anonymous
 * public feed. A client-credentials token from the identity provider's token endpoint ({@code quarkus.oidc-client.*};
 * locally the run command's development issuer), kept while it is valid and asked for again shortly before it expires
 * ({@code quarkus.oidc-client.refresh-token-time-skew}), so the feed never reads with an expired token.
 */
@ApplicationScoped
public class ServiceToken {

    private static final Logger LOG = Logger.getLogger(ServiceToken.class);
    /** Longest wait for the token endpoint; a composed view's budget is a few seconds. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    private final OidcClient client;
    private final TokensHelper tokens = new TokensHelper();

    ServiceToken(OidcClient client) {
        this.client = client;
    }

    /**
     * The Authorization header value with the gateway's current token, or empty when no identity provider is
     * configured ({@code quarkus.oidc-client.client-enabled=false}) or its token endpoint does not answer: then what
     * needs the token is left out, never failed. Without blocking a thread.
     */
    public CompletionStage<Optional<String>> authorization() {
        return tokens.getTokens(client).ifNoItem().after(WAIT).fail()
                .map(token -> Optional.of("Bearer " + token.getAccessToken()))
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("No token of the gateway's own: %s", failure.getMessage());
                    return Optional.empty();
                }).subscribeAsCompletionStage();
    }
}
