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
        // No audience here: the app's own mp.jwt.verify.audiences is what its tests check (issue 13, item 4), so that a
        // token for another API is refused by the product's setting, not by one the tests supply.
        return Map.of(
                "mp.jwt.verify.publickey", DevTokens.forTests().publicKeyPem(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing runs
    }
}
