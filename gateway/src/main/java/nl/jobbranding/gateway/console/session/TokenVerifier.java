package nl.jobbranding.gateway.console.session;

import io.quarkus.cache.CacheResult;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.HashSet;

/**
 * Verifies a console user's token (signature, issuer, audience, expiry) once and keeps the result for a while
 * ({@code console-tokens} cache): a page is several requests of the same user, and checking an RSA signature on every
 * one of them was a third of the gateway's time under load. A kept result is only used while the token's own expiry
 * lies ahead ({@link Verified#validAt}); a token that fails verification is not kept, so it is checked every time.
 */
@ApplicationScoped
class TokenVerifier {

    /** A token that passed verification, and until when it is valid. */
    record Verified(ConsoleUser user, Instant expiresAt) {

        boolean validAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    private final JWTParser parser;

    TokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    /** @throws ParseException when the token is not valid (not kept) */
    @CacheResult(cacheName = "console-tokens")
    Verified verify(String token) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        String unit = jwt.getClaim("unit") == null ? null : jwt.getClaim("unit").toString();
        String name = jwt.getClaim("name") == null ? jwt.getName() : jwt.getClaim("name").toString();
        return new Verified(new ConsoleUser(jwt.getSubject(), name, new HashSet<>(jwt.getGroups()), unit, token),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
}
