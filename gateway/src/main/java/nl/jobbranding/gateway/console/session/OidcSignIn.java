package nl.jobbranding.gateway.console.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcSession;
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
    private final OidcSession session;

    OidcSignIn(@ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean enabled,
               CurrentIdentityAssociation identities, Sessions sessions, OidcSession session) {
        this.enabled = enabled;
        this.identities = identities;
        this.sessions = sessions;
        this.session = session;
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
        Optional<AccessTokenCredential> access = accessToken();
        if (access.isEmpty()) {
            return Optional.empty();
        }
        String name = identities.getIdentity().getPrincipal().getName();
        return Optional.of(sessions.verify(access.get().getToken()).orElseGet(() -> new ConsoleUser(name, name, Set.of(), null, null)));
    }

    /**
     * Whether the session at this gateway is still there while the provider's access token in it has expired (it may
     * live shorter than the session): the user must sign in again, not be told they have no access.
     */
    public boolean accessTokenExpired() {
        return accessToken().map(access -> sessions.verify(access.getToken()).isEmpty() && Sessions.expired(access.getToken()))
                .orElse(false);
    }

    /**
     * Ends the session at this gateway only (its cookie), so that {@code /console/login} starts a new sign-in at the
     * provider; a provider where the user is still signed in sends them straight back with new tokens.
     */
    public void endLocalSession() {
        session.logout().await().atMost(java.time.Duration.ofSeconds(5));
    }

    private Optional<AccessTokenCredential> accessToken() {
        if (!enabled) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.getIdentity();
        return Optional.ofNullable(identity == null || identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class));
    }
}
