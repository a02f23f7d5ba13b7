package nl.jobbranding.gateway.console.session;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.HashSet;

/**
 * Verifies a console user's token (signature, issuer, audience, expiry) with the application's parser, which checks a
 * token's signature once and then keeps it ({@code nl.jobbranding.api.security.VerifiedTokens}, the
 * {@code verified-tokens} cache every module shares): a page is several requests of the same user, and checking an RSA
 * signature on every one of them was a third of the gateway's time under load. The expiry is checked on every request
 * ({@link Verified#validAt}); a token that fails verification is not kept, so it is checked every time.
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

    /** @throws ParseException when the token is not valid */
    Verified verify(String token) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        String unit = jwt.getClaim("unit") == null ? null : jwt.getClaim("unit").toString();
        String name = jwt.getClaim("name") == null ? jwt.getName() : jwt.getClaim("name").toString();
        return new Verified(new ConsoleUser(jwt.getSubject(), name, new HashSet<>(jwt.getGroups()), unit, token),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
    }
}
