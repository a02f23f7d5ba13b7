package nl.jobbranding.content.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is {@code whsec_} and a base64 key; the
 * signature header is {@code v1,} and the base64 HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignature {

    static final String PREFIX = "whsec_";
    /** A secret a subscriber supplies: the prefix and the base64 of 24 to 64 bytes. */
    static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/]{32,88}={0,2}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret of 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Whether a supplied secret can sign: the form of {@link #SECRET} and a key of 24 to 64 bytes. */
    static boolean usable(String secret) {
        if (!SECRET.matcher(secret).matches()) {
            return false;
        }
        try {
            int length = key(secret).length;
            return length >= 24 && length <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The value of the {@code webhook-signature} header. */
    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
