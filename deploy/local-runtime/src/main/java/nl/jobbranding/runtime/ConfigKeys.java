package nl.jobbranding.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration keys a {@code @ConfigMapping} interface defines, read from the interface itself, so that a test
 * can hold the README's configuration table to the code.
 */
public final class ConfigKeys {

    private ConfigKeys() {
    }

    /** Every key of the mapping, such as {@code content.review.claim-duration}; maps end in {@code .*}. */
    public static List<String> of(Class<?> mapping) {
        String prefix = prefix(mapping);
        List<String> keys = new ArrayList<>();
        walk(mapping, prefix, keys);
        return keys;
    }

    /** The keys of these mappings that the README's configuration table does not name (as {@code `key`}). */
    public static List<String> undocumented(Path readme, Class<?>... mappings) {
        String text;
        try {
            text = Files.readString(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> mapping : mappings) {
            of(mapping).stream().filter(key -> !text.contains("`" + key + "`")).forEach(missing::add);
        }
        return missing;
    }

    /** The project's README, found from a module's directory. */
    public static Path readme() {
        return ServiceProcess.projectRoot().resolve("README.md");
    }

    private static void walk(Class<?> type, String path, List<String> keys) {
        for (Method method : type.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String key = path + "." + kebab(method.getName());
            Class<?> result = method.getReturnType();
            if (result.isInterface() && result.getName().startsWith("nl.jobbranding") ) {
                walk(result, key, keys);
            } else if (Map.class.isAssignableFrom(result)) {
                keys.add(key + ".*");
            } else if (result == Optional.class || !result.isInterface() || result.getName().startsWith("java.")) {
                keys.add(key);
            }
        }
    }

    private static String prefix(Class<?> mapping) {
        for (Annotation annotation : mapping.getAnnotations()) {
            if (annotation.annotationType().getName().equals("io.smallrye.config.ConfigMapping")) {
                try {
                    return (String) annotation.annotationType().getMethod("prefix").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(mapping + " is not a @ConfigMapping");
    }

    private static String kebab(String name) {
        StringBuilder result = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                result.append('-').append(Character.toLowerCase(c));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
