package nl.jobbranding.local;

import nl.jobbranding.runtime.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The run command starts each service with its container image's JVM settings, read from the module's
 * application.properties: one place for heap and collector, and they are what README "Container images" says.
 */
class ServiceJvmOptionsTest {

    @Test
    void theRunCommandUsesEachImagesJvmSettings() {
        for (String module : List.of("campaign-service", "content-service", "gateway")) {
            assertEquals(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx192m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
                    "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:ReservedCodeCacheSize=48m"),
                    Launcher.serviceJvmOptions(ServiceProcess.projectRoot(), module), module);
        }
    }
}
