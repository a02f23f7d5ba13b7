package nl.jobbranding.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.runtime.DevTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Gives the gateway under test its own token (role service), signed with the test run's key pair. */
public class ServiceTokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("gateway.composition.service-token",
                DevTokens.forTests().token("gateway", "gateway", List.of(Roles.SERVICE), null, Duration.ofHours(4)));
    }

    @Override
    public void stop() {
        // nothing runs
    }
}
