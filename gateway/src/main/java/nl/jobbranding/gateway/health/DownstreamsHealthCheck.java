package nl.jobbranding.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The gateway is ready when it can reach both services: each must answer its liveness endpoint within a second. The
 * check asks directly, not through the circuit breakers, so it reports what is true now.
 */
@Readiness
@ApplicationScoped
class DownstreamsHealthCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final DownstreamClient downstreams;
    private final HttpClient http;

    DownstreamsHealthCheck(DownstreamClient downstreams, HttpClient http) {
        this.downstreams = downstreams;
        this.http = http;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Services behind the gateway").up();
        for (Downstream downstream : Downstream.values()) {
            String state = reach(URI.create(downstreams.baseUrl(downstream) + "/q/health/live"));
            response.withData(downstream.serviceName(), state);
            if (!state.equals("UP")) {
                response.down();
            }
        }
        return response.build();
    }

    private String reach(URI live) {
        try {
            int status = http.send(HttpRequest.newBuilder(live).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status == 200 ? "UP" : "DOWN: answers " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN: interrupted";
        } catch (Exception e) {
            return "DOWN: " + e.getClass().getSimpleName();
        }
    }
}
