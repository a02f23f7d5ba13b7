package nl.jobbranding.api.model;

import java.util.Locale;

/** Enum constants travel as lower-case, kebab-case strings: {@code SHORT_VIDEO} is {@code "short-video"}. */
public final class ApiEnum {

    private ApiEnum() {
    }

    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
