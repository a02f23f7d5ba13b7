package nl.jobbranding.api.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.ServiceException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter an operation does not know is refused (400 naming it, with the ones it knows) rather than
 * silently ignored, so a misspelt filter ({@code ?unitcode=DJI}) does not quietly answer the whole list. Applies to
 * every operation that declares query parameters; one that takes its query as a whole (forwarding) declares none.
 */
public class KnownQueryParams {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> names = known.computeIfAbsent(method, KnownQueryParams::queryParams);
        if (names.isEmpty()) {
            return;
        }
        List<InvalidParam> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !names.contains(name)).sorted()
                .map(name -> new InvalidParam(name, "is not a parameter of this operation; it knows " + names))
                .toList();
        if (!unknown.isEmpty()) {
            throw ServiceException.invalid(unknown);
        }
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
                if (annotation instanceof BeanParam) {
                    return Set.of();
                }
            }
        }
        return names;
    }

}
