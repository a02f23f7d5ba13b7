package nl.jobbranding.content;

import nl.jobbranding.api.config.ApiConfig;
import nl.jobbranding.content.config.ContentConfig;
import nl.jobbranding.runtime.ConfigKeys;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's configuration table names every key of the service's configuration mappings. */
class ConfigurationDocumentedTest {

    @Test
    void everyConfigurationKeyIsInTheReadme() {
        assertTrue(ConfigKeys.of(ContentConfig.class).contains("content.review.claim-duration"));
        assertEquals(List.of(), ConfigKeys.undocumented(ConfigKeys.readme(), ApiConfig.class, ContentConfig.class));
    }
}
