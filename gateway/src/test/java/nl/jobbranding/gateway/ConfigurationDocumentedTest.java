package nl.jobbranding.gateway;

import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.console.config.ConsoleConfig;
import nl.jobbranding.runtime.ConfigKeys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's configuration table names every key of the gateway's configuration mapping. */
class ConfigurationDocumentedTest {

    @Test
    void everyConfigurationKeyIsInTheReadme() {
        assertTrue(ConfigKeys.of(GatewayConfig.class).contains("gateway.public-url"));
        assertEquals(List.of(), ConfigKeys.undocumented(ConfigKeys.readme(), GatewayConfig.class, ConsoleConfig.class));
    }
}
