package nl.jobbranding.api.rest;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of this application supports, read once from its JAX-RS resources' annotations: for the
 * {@code Allow} header of a 405 answer (RFC 9110, section 15.5.6), which the REST layer leaves out. {@code HEAD}
 * comes with {@code GET}, and {@code OPTIONS} is answered everywhere.
 */
final class AllowedMethods {

    private static volatile Map<Pattern, Set<String>> byPath;

    private AllowedMethods() {
    }

    /** The value of the Allow header for the path (such as {@code /api/v1/campaigns}), if a resource serves it. */
    static Optional<String> at(String path) {
        String normalized = "/" + path.replaceAll("^/+|/+$", "");
        Set<String> methods = new TreeSet<>();
        paths().forEach((pattern, allowed) -> {
            if (pattern.matcher(normalized).matches()) {
                methods.addAll(allowed);
            }
        });
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    private static Map<Pattern, Set<String>> paths() {
        Map<Pattern, Set<String>> known = byPath;
        if (known == null) {
            known = new LinkedHashMap<>();
            ArcContainer container = Arc.container();
            if (container != null) {
                for (Bean<?> bean : container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                    Path root = bean.getBeanClass().getAnnotation(Path.class);
                    if (root != null) {
                        collect(bean.getBeanClass(), root.value(), known);
                    }
                }
            }
            byPath = known;
        }
        return known;
    }

    private static void collect(Class<?> resource, String root, Map<Pattern, Set<String>> known) {
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = "/" + (root + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/").replaceAll("^/|/$", "");
            known.computeIfAbsent(pattern(template), p -> new TreeSet<>()).add(httpMethod);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A path template ({@code /campaigns/{id}}) as a pattern: each parameter is one segment. */
    private static Pattern pattern(String template) {
        List<String> parts = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            parts.add(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(String.join("/", parts));
    }
}
