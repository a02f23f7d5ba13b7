package nl.jobbranding.api.security;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Bearer tokens verified once, then kept: smallrye-jwt's parser (which every request's token goes through, and the
 * console's sessions) checks a token's RSA signature, issuer and audience on every request, and a console page is several
 * requests with the same token at each hop; that check was a third of content-service's CPU under the console
 * benchmark. This parser does the full check the first time it sees a token and keeps the verified token in the
 * {@code verified-tokens} cache (Caffeine, bounded; {@code quarkus.cache.caffeine.verified-tokens.*}, 5 minutes after
 * it was verified, so a key withdrawn from the issuer's key set stops a kept token within that time). A kept token is
 * used only while its expiry ({@code exp}, with the clock skew the full check allows) lies ahead: that is checked on
 * every request. A token that fails verification is not kept, so it is checked (and refused) every time.
 * Only the application's own verification ({@link #parse(String)}) is kept; everything else is passed on unchanged.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser parser;
    private final JWTAuthContextInfo settings;
    private final CaffeineCache verified;

    @Inject
    VerifiedTokens(DefaultJWTParser parser, JWTAuthContextInfo settings, @CacheName("verified-tokens") Cache verified) {
        this.parser = parser;
        this.settings = settings;
        this.verified = verified.as(CaffeineCache.class);
    }

    /** The token verified with the application's settings: once in full, then from the cache while it has not expired. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        CompletableFuture<JsonWebToken> kept = verified.getIfPresent(token);
        JsonWebToken jwt = kept == null ? null : kept.getNow(null);
        if (jwt != null) {
            if (!expired(jwt)) {
                return jwt;
            }
            verified.invalidate(token).subscribe().with(done -> { });
        }
        jwt = parser.parse(token);
        if (jwt.getExpirationTime() > 0 && !expired(jwt)) {
            verified.put(token, CompletableFuture.completedFuture(jwt));
        }
        return jwt;
    }

    /**
     * Whether the token's expiry has passed, counted as the full check counts it: with the clock skew the settings allow
     * ({@code smallrye.jwt.expiration.grace} when set, otherwise {@code mp.jwt.verify.clock.skew}, 60 s by default).
     */
    boolean expired(JsonWebToken jwt) {
        int skew = settings.getExpGracePeriodSecs() > 0 ? settings.getExpGracePeriodSecs() : Math.max(0, settings.getClockSkew());
        return Instant.now().getEpochSecond() >= jwt.getExpirationTime() + skew;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
