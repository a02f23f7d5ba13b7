package nl.jobbranding.api;

/** Text as the API takes it in: surrounding blanks removed, and blank meaning absent. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding blanks, or null when it is absent or blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
