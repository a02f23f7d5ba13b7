package nl.jobbranding.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.jobbranding.runtime.DevTokenEndpoint;
import nl.jobbranding.runtime.DevTokens;

import java.util.Map;

/**
 * Gives the gateway under test its own token (role service) the way production does: client credentials at a token
 * endpoint (the development issuer's, with the test run's key pair), with tokens that live only
 * {@value #LIFETIME_SECONDS} seconds, so they expire and are renewed while the tests run.
 */
public class ServiceTokenTestResource implements QuarkusTestResourceLifecycleManager {

    static final int LIFETIME_SECONDS = 6;

    private DevTokenEndpoint endpoint;

    @Override
    public Map<String, String> start() {
        endpoint = DevTokenEndpoint.start(DevTokens.forTests(), java.time.Duration.ofSeconds(LIFETIME_SECONDS));
        return endpoint.clientProperties();
    }

    @Override
    public void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
