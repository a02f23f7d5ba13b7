package nl.jobbranding.campaign.api;

/** The forms of the codes that identify reference resources. */
public final class Codes {

    public static final String CHANNEL = "^[a-z][a-z0-9-]{1,31}$";
    public static final String CHANNEL_MESSAGE = "must be 2 to 32 lower-case letters, digits or hyphens, starting with a letter";
    public static final String TARGET_GROUP = "^[a-z][a-z0-9-]{1,39}$";
    public static final String TARGET_GROUP_MESSAGE = "must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter";
    public static final String UNIT = "^[A-Z][A-Z0-9-]{1,23}$";
    public static final String UNIT_MESSAGE = "must be 2 to 24 capital letters, digits or hyphens, starting with a letter";
    public static final String VALUE = "^[a-z][a-z0-9-]{1,39}$";
    public static final String VALUE_MESSAGE = "must be 2 to 40 lower-case letters, digits or hyphens, starting with a letter";

    private Codes() {
    }
}
