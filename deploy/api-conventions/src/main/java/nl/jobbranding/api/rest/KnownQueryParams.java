package nl.jobbranding.api.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.ServiceException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter an operation does not know is refused (400 naming it, with the ones it knows) rather than
 * silently ignored, so a misspelt filter ({@code ?unitcode=DJI}) does not quietly answer the whole list. Applies to
 * every API operation ({@code /api/...}), also one without query parameters (it knows none); the query parameters of
 * a {@code @BeanParam} (its fields, as operations share them) count as the operation's. The gateway's forwarding is no
 * JAX-RS operation: the service it forwards to checks.
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
        if (names.isEmpty() && !isApi(request.getUriInfo().getPath())) {
            return;
        }
        List<InvalidParam> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !names.contains(name)).sorted()
                .map(name -> new InvalidParam(name, "is not a parameter of this operation; "
                        + (names.isEmpty() ? "it takes none" : "it knows " + names)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ServiceException.invalid(unknown);
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("api/");
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i]) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
                if (annotation instanceof BeanParam) {
                    names.addAll(beanQueryParams(method.getParameterTypes()[i]));
                }
            }
        }
        return names;
    }

    /** The query parameters of a bean's fields (and of beans in it), its superclasses' included. */
    static Set<String> beanQueryParams(Class<?> bean) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
                if (field.isAnnotationPresent(BeanParam.class)) {
                    names.addAll(beanQueryParams(field.getType()));
                }
            }
        }
        return names;
    }

}
