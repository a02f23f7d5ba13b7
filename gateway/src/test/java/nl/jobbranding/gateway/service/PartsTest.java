package nl.jobbranding.gateway.service;

import io.quarkus.security.UnauthorizedException;
import nl.jobbranding.gateway.client.OpenCalls;
import nl.jobbranding.gateway.routing.Downstream;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A composed view's parts: a refusal of the caller's token is the caller's answer, a refusal of the gateway's own
 * token (the public feed's names) only a missing part, so the anonymous feed degrades instead of turning into a 401.
 */
class PartsTest {

    @Test
    void aRefusalIsTheCallersAnswerOrForTheGatewaysOwnTokenAMissingPart() {
        Parts parts = new Parts(Duration.ofSeconds(2));
        CompletableFuture<Optional<String>> callers = parts.start(PartsTest::refused);
        CompletionException failure = assertThrows(CompletionException.class,
                () -> parts.get(Downstream.CAMPAIGN_SERVICE, callers).toCompletableFuture().join());
        assertInstanceOf(UnauthorizedException.class, Parts.unwrap(failure));
        assertEquals(List.of(), parts.missing());

        CompletableFuture<Optional<String>> gateways = parts.start(PartsTest::refused);
        assertEquals(Optional.empty(), parts.getOrMissing(Downstream.CAMPAIGN_SERVICE, gateways).toCompletableFuture().join());
        assertEquals(List.of("campaign-service"), parts.missing());
    }

    @Test
    void aPartThatDoesNotAnswerWithinTheBudgetIsLeftOutWithoutAThreadWaitingForIt() {
        Parts parts = new Parts(Duration.ofMillis(300));
        CompletableFuture<Optional<String>> never = parts.start(CompletableFuture::new);
        CompletableFuture<Optional<String>> there = parts.start(() -> CompletableFuture.completedFuture(Optional.of("there")));
        CompletableFuture<Optional<String>> late = parts.get(Downstream.CONTENT_SERVICE, never).toCompletableFuture();
        assertEquals(Optional.of("there"), parts.get(Downstream.CAMPAIGN_SERVICE, there).toCompletableFuture().join());
        assertEquals(Optional.empty(), late.join());
        assertEquals(List.of("content-service"), parts.missing());
    }

    @Test
    void aPartResetAtTheBudgetBeforeItsOwnWaitEndsIsMissingTooNotAFailure() {
        // The first part to reach the budget resets every call still open; another part may then fail with Cancelled
        // before its own wait has ended. The view degrades (both services missing), it does not fail (was a 500).
        Parts parts = new Parts(Duration.ofMillis(300));
        CompletableFuture<Optional<String>> frozen = parts.start(CompletableFuture::new);
        CompletableFuture<Optional<String>> reset = parts.start(CompletableFuture::new);
        CompletableFuture<Optional<String>> first = parts.get(Downstream.CAMPAIGN_SERVICE, frozen).toCompletableFuture();
        reset.completeExceptionally(new OpenCalls.Cancelled());
        assertEquals(Optional.empty(), parts.get(Downstream.CONTENT_SERVICE, reset).toCompletableFuture().join());
        assertEquals(Optional.empty(), first.join());
        assertEquals(List.of("campaign-service", "content-service"), parts.missing());
    }

    private static CompletionStage<Optional<String>> refused() {
        throw new UnauthorizedException();
    }
}
