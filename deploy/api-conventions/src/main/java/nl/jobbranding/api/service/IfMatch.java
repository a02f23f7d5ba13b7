package nl.jobbranding.api.service;

import java.util.Set;

/**
 * The versions a client says it changes (the If-Match header): a set of versions, or any version ({@code *}).
 * A missing header is refused, so that no change silently overwrites another.
 */
public record IfMatch(Set<Long> versions, boolean any) {

    public static final IfMatch ANY = new IfMatch(Set.of(), true);

    public static IfMatch of(long version) {
        return new IfMatch(Set.of(version), false);
    }

    /** For deletes, where If-Match is optional: throws only when it was given and names another version. */
    public static void checkIfGiven(IfMatch ifMatch, String what, long currentVersion) {
        if (ifMatch != null) {
            check(ifMatch, what, currentVersion);
        }
    }

    /** Throws unless the header was given and names the current version. */
    public static void check(IfMatch ifMatch, String what, long currentVersion) {
        check(ifMatch, what, currentVersion, null);
    }

    /**
     * Like {@link #check(IfMatch, String, long)}; a stale version's problem also names the resource's current state,
     * so that the client sees why its decision came too late.
     */
    public static void check(IfMatch ifMatch, String what, long currentVersion, String currentState) {
        if (ifMatch == null) {
            throw ServiceException.versionRequired(what);
        }
        if (!ifMatch.any && !ifMatch.versions.contains(currentVersion)) {
            throw currentState == null ? ServiceException.stale(what, currentVersion)
                    : ServiceException.stale(what, currentVersion, currentState);
        }
    }
}
