package nl.jobbranding.gateway.console.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;

/**
 * Production sign-in: the OpenID Connect authorization code flow with the organisation's identity provider
 * ({@code quarkus-oidc}, web-app), which keeps the session in its own encrypted cookie. The access token it obtained
 * is checked like every token the gateway takes (signature, issuer, the audience {@code job-branding}) and gives the
 * user's roles ({@code groups}); the console calls the services with it.
 */
@ApplicationScoped
public class OidcSignIn {

    private final boolean enabled;
    private final CurrentIdentityAssociation identities;
    private final Sessions sessions;

    OidcSignIn(@ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean enabled,
               CurrentIdentityAssociation identities, Sessions sessions) {
        this.enabled = enabled;
        this.identities = identities;
        this.sessions = sessions;
    }

    /** Whether sign-in at the identity provider is set up. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The user signed in at the identity provider, if any. A token this product does not accept (another audience,
     * issuer or key) gives a user without roles: signed in, but with access to nothing.
     */
    public Optional<ConsoleUser> user() {
        if (!enabled) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIdentity();
        AccessTokenCredential access = identity == null || identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (access == null) {
            return Optional.empty();
        }
        String name = identity.getPrincipal().getName();
        return Optional.of(sessions.verify(access.getToken()).orElseGet(() -> new ConsoleUser(name, name, Set.of(), null, null)));
    }
}
