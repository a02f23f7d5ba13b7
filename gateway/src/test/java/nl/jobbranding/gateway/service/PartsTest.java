package nl.jobbranding.gateway.service;

import io.quarkus.security.UnauthorizedException;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A composed view's parts: a refusal of the caller's token is the caller's answer, a refusal of the gateway's own
 * token (the public feed's names) only a missing part, so the anonymous feed degrades instead of turning into a 401.
 */
class PartsTest {

    @Test
    void aRefusalIsTheCallersAnswerOrForTheGatewaysOwnTokenAMissingPart() {
        ManagedExecutor executor = ManagedExecutor.builder().build();
        try {
            Parts parts = new Parts(executor, Duration.ofSeconds(2));
            CompletableFuture<Optional<String>> callers = parts.start(PartsTest::refused);
            assertThrows(UnauthorizedException.class, () -> parts.get(Downstream.CAMPAIGN_SERVICE, callers));
            assertEquals(List.of(), parts.missing());

            CompletableFuture<Optional<String>> gateways = parts.start(PartsTest::refused);
            assertEquals(Optional.empty(), parts.getOrMissing(Downstream.CAMPAIGN_SERVICE, gateways));
            assertEquals(List.of("campaign-service"), parts.missing());
        } finally {
            executor.shutdownNow();
        }
    }

    private static Optional<String> refused() {
        throw new UnauthorizedException();
    }
}
