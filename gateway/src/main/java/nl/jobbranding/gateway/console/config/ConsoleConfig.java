package nl.jobbranding.gateway.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The web console at {@code /console}: how people sign in and how long a session lasts. */
@ConfigMapping(prefix = "gateway.console")
public interface ConsoleConfig {

    /**
     * Development sign-in: a folder of persona tokens ({@code <persona>.jwt}) that the sign-in page lists. Only the
     * run command sets it; under the production profile it is refused (the page answers 404).
     */
    Optional<Path> devTokens();

    /**
     * The key (base64, 32 bytes) that encrypts the session cookie; every replica needs the same one. Without it each
     * start makes its own, so sessions do not survive a restart.
     */
    Optional<String> sessionKey();

    /** How long a console session lasts at most (never longer than the token in it). */
    @WithDefault("8h")
    Duration sessionDuration();
}
