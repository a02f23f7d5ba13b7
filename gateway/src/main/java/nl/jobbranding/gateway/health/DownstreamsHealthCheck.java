package nl.jobbranding.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reports each service's own readiness (its {@code /q/health/ready}, within a second), asked directly, not through
 * the circuit breakers, so it says what is true now. The gateway itself stays ready while a service is not: it still
 * answers the other service's routes, and a 503 problem with Retry-After for the missing one's.
 */
@Readiness
@ApplicationScoped
class DownstreamsHealthCheck implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final DownstreamClient downstreams;

    DownstreamsHealthCheck(DownstreamClient downstreams) {
        this.downstreams = downstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<Downstream, CompletableFuture<String>> states = new EnumMap<>(Downstream.class);
        for (Downstream downstream : Downstream.values()) {
            states.put(downstream, downstreams.probe(downstream, "/q/health/ready", TIMEOUT).toCompletableFuture()
                    .handle((status, failure) -> failure != null ? "DOWN: " + rootOf(failure).getClass().getSimpleName()
                            : status.statusCode() == 200 ? "UP" : "DOWN: answers " + status.statusCode()));
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(states.values().toArray(CompletableFuture[]::new)))
                .map(ignored -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("Services behind the gateway").up();
                    states.forEach((downstream, state) -> response.withData(downstream.serviceName(), state.join()));
                    return response.build();
                });
    }

    private static Throwable rootOf(Throwable failure) {
        return failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
    }
}
