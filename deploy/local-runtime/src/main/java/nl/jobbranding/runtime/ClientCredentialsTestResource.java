package nl.jobbranding.runtime;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.time.Duration;
import java.util.Map;

/**
 * Quarkus test resource: gives the service under test its own token (role service) the way production does, client
 * credentials at a token endpoint (the development issuer's, with the test run's key pair) with short-lived tokens,
 * so they expire and are renewed while the tests run. Init argument {@code client}: the endpoint's client whose
 * settings the service gets (such as {@link DevTokenEndpoint#CONTENT_SERVICE_CLIENT_ID}).
 */
public class ClientCredentialsTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ARG = "client";
    private static final Duration LIFETIME = Duration.ofSeconds(10);

    private String client;
    private DevTokenEndpoint endpoint;

    @Override
    public void init(Map<String, String> initArgs) {
        client = initArgs.getOrDefault(CLIENT_ARG, DevTokenEndpoint.CLIENT_ID);
    }

    @Override
    public Map<String, String> start() {
        endpoint = DevTokenEndpoint.start(DevTokens.forTests(), LIFETIME);
        return endpoint.clientProperties(client);
    }

    @Override
    public void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
