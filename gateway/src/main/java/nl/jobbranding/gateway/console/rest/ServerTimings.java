package nl.jobbranding.gateway.console.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import nl.jobbranding.gateway.client.CallTimings;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;


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
        // written by hand: String.format cost more than the rest of the filter (it showed in the gateway's profile)
        long tenths = Math.round(timings.waitedMillis() * 10);
        response.getHeaders().putSingle(HEADER, "services;desc=\"" + timings.calls() + " calls\";dur=" + tenths / 10 + "." + tenths % 10);
    }
}
