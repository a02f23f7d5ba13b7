package nl.jobbranding.gateway.console.session;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Development sign-in is switched on only by its setting, and never under the production profile. */
class DevSignInTest {

    @Test
    void isRefusedUnderTheProductionProfile() {
        Path tokens = Path.of("tokens");
        assertEquals(Optional.empty(), DevSignIn.allowed(Optional.of(tokens), List.of("prod")));
        assertEquals(Optional.of(tokens), DevSignIn.allowed(Optional.of(tokens), List.of("local")));
        assertEquals(Optional.empty(), DevSignIn.allowed(Optional.empty(), List.of("local")));
    }
}
