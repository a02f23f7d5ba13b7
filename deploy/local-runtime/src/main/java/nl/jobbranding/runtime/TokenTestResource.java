package nl.jobbranding.runtime;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: makes the service under test trust the test run's development key pair
 * ({@link DevTokens#forTests()}), so that tests can sign tokens for any role.
 */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "mp.jwt.verify.publickey", DevTokens.forTests().publicKeyPem(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER,
                "mp.jwt.verify.audiences", DevTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // nothing runs
    }
}
