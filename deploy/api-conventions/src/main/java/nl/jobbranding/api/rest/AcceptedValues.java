package nl.jobbranding.api.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A value a field would accept, for error messages: so that a client who sent something wrong sees at once what right
 * looks like. Taken from the field's own documentation (its {@code @Schema} example or allowed values, the same the
 * API document shows), or else from the field's type.
 */
final class AcceptedValues {

    private AcceptedValues() {
    }

    /** "for example ..." for the property of a type, from its documented example or allowed values. */
    static Optional<String> documented(Class<?> type, String property) {
        if (type == null || property == null) {
            return Optional.empty();
        }
        Schema schema = schemaOf(type, property);
        if (schema != null && schema.enumeration().length > 0) {
            return Optional.of("one of: " + String.join(", ", schema.enumeration()));
        }
        Class<?> fieldType = typeOf(type, property);
        if (fieldType != null && fieldType.isEnum()) {
            return Optional.of("one of: " + enumValues(fieldType));
        }
        if (schema != null && !schema.example().isBlank()) {
            return Optional.of("for example " + schema.example());
        }
        if (fieldType == null) {
            return Optional.empty();
        }
        if (Collection.class.isAssignableFrom(fieldType)) {
            return elementType(type, property).flatMap(AcceptedValues::ofElements);
        }
        return fieldType.isRecord() ? Optional.of("an object with the fields " + fields(fieldType)) : ofType(fieldType);
    }

    private static Optional<String> ofElements(Class<?> element) {
        if (element.isRecord()) {
            return Optional.of("an array of objects with the fields " + fields(element));
        }
        if (element.isEnum()) {
            return Optional.of("an array of: " + enumValues(element));
        }
        return ofType(element).map(example -> "an array of " + example.replaceFirst("^an? ", "").replace("for example ", "such as "));
    }

    private static String fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    private static Optional<Class<?>> elementType(Class<?> type, String property) {
        Field field = field(type, property);
        if (field != null && field.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments().length == 1) {
            Type element = generic.getActualTypeArguments()[0];
            if (element instanceof Class<?> c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** "for example ..." for a value of a type: a date, timestamp, duration, UUID or number. */
    static Optional<String> ofType(Class<?> type) {
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return Optional.of("a timestamp in UTC, ISO 8601, for example 2026-12-01T07:00:00Z");
        }
        if (type == LocalDate.class) {
            return Optional.of("a date in ISO 8601 form, for example 2026-01-31");
        }
        if (type == Duration.class) {
            return Optional.of("an ISO 8601 duration, for example PT30M");
        }
        if (type == UUID.class) {
            return Optional.of("a UUID, for example 0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79");
        }
        if (type.isEnum()) {
            return Optional.of("one of: " + enumValues(type));
        }
        return Optional.empty();
    }

    static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static Schema schemaOf(Class<?> type, String property) {
        Field field = field(type, property);
        return field == null ? null : field.getAnnotation(Schema.class);
    }

    private static Class<?> typeOf(Class<?> type, String property) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getType();
                }
            }
        }
        Field field = field(type, property);
        return field == null ? null : field.getType();
    }

    private static Field field(Class<?> type, String property) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(property);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }
}
