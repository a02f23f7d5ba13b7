package nl.jobbranding.api.rest;

import nl.jobbranding.api.service.ServiceException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters arrive as text and are parsed here, so that a bad value is a 400 problem naming the
 * parameter (JAX-RS itself would answer 404 for an unconvertible query parameter).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ServiceException.invalid(name, "must be a whole number");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ServiceException.invalid(name, "must be true or false");
        };
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(name, "must be a date such as 2026-01-31");
        }
    }

    /** A month such as {@code 2026-01}, or null when absent. */
    public static java.time.YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid(name, "must be a month such as 2026-01");
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(name, "must be a UUID");
        }
    }

    /** The constant whose API form (its toString) is {@code value}. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return oneOf(name, value, Arrays.asList(type.getEnumConstants()));
    }

    /** The constant among those allowed (in the order they are listed) whose API form (its toString) is {@code value}. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Collection<E> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : allowed) {
            if (constant.toString().equals(value.trim())) {
                return constant;
            }
        }
        throw ServiceException.invalid(name, "'" + value + "' is not one of: "
                + allowed.stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    /**
     * A repeated parameter naming several items at once ({@code ?code=DJI&code=OM}), for batch reads: null when absent
     * (an empty value is absent, as for every filter), otherwise the distinct values in the order given, at most
     * {@code max} (more is a 400 naming the parameter).
     */
    public static List<String> several(String name, List<String> values, int max) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(value -> value != null && !value.isBlank()).forEach(value -> distinct.add(value.trim()));
        }
        if (distinct.isEmpty()) {
            return null;
        }
        if (distinct.size() > max) {
            throw ServiceException.invalid(name, "give at most " + max + " (repeat the parameter for each)");
        }
        return List.copyOf(distinct);
    }

    /** Like {@link #several}, for ids: each must be a UUID. */
    public static List<UUID> severalUuids(String name, List<String> values, int max) {
        List<String> given = several(name, values, max);
        if (given == null) {
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        given.forEach(value -> ids.add(uuid(name, value)));
        return ids;
    }
}
