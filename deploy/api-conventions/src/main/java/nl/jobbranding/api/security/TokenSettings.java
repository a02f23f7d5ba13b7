package nl.jobbranding.api.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deny by default: an application started for real (not in dev mode or a test) refuses to start unless the token
 * issuer, its keys and this product's audience are configured explicitly. There is no default issuer outside the dev
 * profile, so a forgotten setting can never leave a service trusting the development issuer, or any issuer at all
 * (smallrye-jwt checks no issuer when none is set).
 */
@ApplicationScoped
public class TokenSettings {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String AUDIENCES = "mp.jwt.verify.audiences";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";

    void check(@Observes StartupEvent startup, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = missing(config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start: no " + String.join(", no ", missing) + " is configured. Set "
                    + "MP_JWT_VERIFY_ISSUER (the identity provider's issuer), MP_JWT_VERIFY_PUBLICKEY_LOCATION (its JWKS URL) or "
                    + "MP_JWT_VERIFY_PUBLICKEY (a PEM key), and MP_JWT_VERIFY_AUDIENCES (job-branding); see README \"Security model\".");
        }
    }

    /** The token settings that are not configured (empty when all are). */
    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        if (value(config, ISSUER).isEmpty()) {
            missing.add("token issuer (" + ISSUER + ")");
        }
        if (value(config, KEY).isEmpty() && value(config, KEY_LOCATION).isEmpty()) {
            missing.add("token verification key (" + KEY + " or " + KEY_LOCATION + ")");
        }
        if (value(config, AUDIENCES).isEmpty()) {
            missing.add("token audience (" + AUDIENCES + ")");
        }
        return missing;
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }
}
