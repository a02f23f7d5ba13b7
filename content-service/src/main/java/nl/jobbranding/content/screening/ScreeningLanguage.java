package nl.jobbranding.content.screening;

import java.util.Locale;

/** The languages the screen has rules for. */
public enum ScreeningLanguage {
    NL, EN;

    public static ScreeningLanguage of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
