package nl.jobbranding.gateway.console.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import nl.jobbranding.gateway.client.CallTimings;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * {@code Server-Timing} on console pages and composed views: the number of service calls the page made and how long it
 * waited for them ({@code services;desc="8 calls";dur=12.3}). The benchmark prints it per page.
 */
public class ServerTimings {

    public static final String HEADER = "Server-Timing";

    @ServerResponseFilter
    public void addServerTiming(ContainerRequestContext request, ContainerResponseContext response) {
        CallTimings timings = CallTimings.current();
        if (timings == null || timings.calls() == 0) {
            return;
        }
        response.getHeaders().putSingle(HEADER, String.format(Locale.ROOT, "services;desc=\"%d calls\";dur=%.1f", timings.calls(),
                timings.waitedMillis()));
    }
}
