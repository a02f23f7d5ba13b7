package nl.jobbranding.gateway.console.session;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import nl.jobbranding.gateway.console.config.ConsoleConfig;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Console sessions without server-side state: the user's token, encrypted and authenticated (AES-GCM) with the
 * console's key, in an HttpOnly, Secure, SameSite=Strict cookie for {@code /console} only. The token never appears in
 * a URL or in HTML; every request checks it again before it is used (the signature once per token, the expiry every time).
 * A cookie is decrypted once and then kept, opened, in the bounded {@code console-sessions} cache (a page's requests
 * all carry the same cookie); the session's end and the token's expiry are still checked on every request.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "jb-console-session";
    private static final String PATH = "/console";
    private static final Logger LOG = Logger.getLogger(Sessions.class);
    private static final int IV_BYTES = 12;

    private static final java.util.regex.Pattern EXP = java.util.regex.Pattern.compile("\"exp\"\\s*:\\s*(\\d{1,12})");

    private final TokenVerifier verifier;
    private final ConsoleConfig config;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    private final CaffeineCache opened;

    /** What a session cookie holds: until when the session lasts, and the user's token. */
    private record Opened(Instant until, String token) {
    }

    Sessions(TokenVerifier verifier, ConsoleConfig config, @CacheName("console-sessions") Cache opened) {
        this.verifier = verifier;
        this.config = config;
        this.opened = opened.as(CaffeineCache.class);
        byte[] bytes;
        if (config.sessionKey().isPresent()) {
            bytes = Base64.getDecoder().decode(config.sessionKey().get().trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("gateway.console.session-key must be 32 bytes, base64-encoded");
            }
        } else {
            bytes = new byte[32];
            random.nextBytes(bytes);
            LOG.info("No gateway.console.session-key: console sessions use a key made at start and end with a restart");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * Verifies a token and describes its holder; empty when it is not valid (any more). The signature is checked once
     * per token ({@link TokenVerifier}), its expiry on every call.
     */
    public Optional<ConsoleUser> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            TokenVerifier.Verified verified = verifier.verify(token);
            return verified.validAt(Instant.now()) ? Optional.of(verified.user()) : Optional.empty();
        } catch (ParseException e) {
            LOG.debugf("Console token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether a token that {@link #verify} refused has merely expired (its {@code exp} claim, read without checking the
     * signature): the user then signs in again instead of being told they have no access.
     */
    public static boolean expired(String token) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 3) {
                return false;
            }
            java.util.regex.Matcher exp = EXP.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return exp.find() && Instant.ofEpochSecond(Long.parseLong(exp.group(1))).isBefore(Instant.now());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The user of a session cookie's value, when it is ours and its token is still valid. */
    public Optional<ConsoleUser> user(String cookie) {
        if (cookie == null || cookie.isBlank() || cookie.length() > 8192) {
            return Optional.empty();
        }
        CompletableFuture<Opened> kept = opened.getIfPresent(cookie);
        Opened session = kept == null ? null : kept.getNow(null);
        if (session == null) {
            session = open(cookie);
            if (session == null) {
                // not kept: a cookie that is not ours is decrypted (and refused) every time
                return Optional.empty();
            }
            opened.put(cookie, CompletableFuture.completedFuture(session));
        }
        return session.until().isBefore(Instant.now()) ? Optional.empty() : verify(session.token());
    }

    /** A session cookie's content, decrypted and authenticated; null when it is not ours. */
    private Opened open(String cookie) {
        try {
            byte[] sealed = Base64.getUrlDecoder().decode(cookie);
            if (sealed.length <= IV_BYTES + 8) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
            String plain = new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return bar < 0 ? null : new Opened(Instant.ofEpochSecond(Long.parseLong(plain.substring(0, bar))), plain.substring(bar + 1));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    /** A session cookie holding the user's token. */
    public NewCookie open(ConsoleUser user) {
        long until = Instant.now().plus(config.sessionDuration()).getEpochSecond();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal((until + "|" + user.token()).getBytes(StandardCharsets.UTF_8));
            byte[] value = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, value, 0, iv.length);
            System.arraycopy(sealed, 0, value, iv.length, sealed.length);
            return cookie(Base64.getUrlEncoder().withoutPadding().encodeToString(value), -1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A cookie that ends the session. */
    public NewCookie close() {
        return cookie("", 0);
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(PATH).httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }
}
