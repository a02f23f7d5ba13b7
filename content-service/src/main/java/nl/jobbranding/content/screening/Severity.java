package nl.jobbranding.content.screening;

import java.util.Locale;

/** How much a finding weighs: a block finding that is not dismissed prevents approval. */
public enum Severity {
    BLOCK, WARN, INFO;

    public static Severity of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
