package nl.jobbranding.api.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One id per request, through every hop: taken from {@value #HEADER} when the caller (or the gateway) sends a
 * well-formed one, created otherwise; put in the log context as {@value #LOG_KEY} and returned in the response.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true, priority = 10)
    public void accept(ContainerRequestContext request) {
        String id = accepted(request.getHeaderString(HEADER));
        request.setProperty(LOG_KEY, id);
        request.getHeaders().putSingle(HEADER, id);
        MDC.put(LOG_KEY, id);
    }

    @ServerResponseFilter
    public void returnIt(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(LOG_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    /** The id a request goes by: the one given when it is well-formed, a new one otherwise. */
    public static String accepted(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The current request's id, as {@link #accept} settled it. */
    public static String of(ContainerRequestContext request) {
        return (String) request.getProperty(LOG_KEY);
    }
}
