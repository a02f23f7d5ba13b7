package nl.jobbranding.gateway;

import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.ServiceProcess;
import nl.jobbranding.runtime.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 4: deny by default. The packaged services, started for real (the prod profile) without an explicitly
 * configured token issuer and keys, refuse to start and say which settings are missing; there is no development issuer
 * to fall back on. (Dev mode and tests keep theirs; the run command and the tests configure all three settings.)
 */
class ProductionTokenSettingsTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    @ParameterizedTest
    @CsvSource({
            "campaign-service, campaign, ",
            "content-service, content, ",
            "campaign-service, campaign, issuer-only"})
    void aServiceWithoutAnIssuerOrKeysDoesNotStart(String module, String database, String given) throws InterruptedException {
        TestPostgres.shared().ensureDatabase(database);
        Map<String, String> environment = new HashMap<>(ServiceProcess.datasource(TestPostgres.shared(), database));
        if (given != null) {
            // An issuer alone is not enough: without its keys no token could be checked.
            environment.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        }
        int port = ServiceProcess.freePort();
        Path log = Path.of(System.getProperty("java.io.tmpdir"), module + "-no-issuer-" + port + ".log");
        try (ServiceProcess process = ServiceProcess.start(ServiceProcess.projectRoot(), module, port, environment, log)) {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (process.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertFalse(process.isAlive(), module + " must not run without its token settings; its log:\n" + process.logTail());
            String why = process.log();
            assertTrue(why.contains("Refusing to start") && why.contains("mp.jwt.verify.publickey.location"), why);
            assertTrue(given != null || why.contains("mp.jwt.verify.issuer"), why);
        }
    }
}
