package nl.jobbranding.api.service;

import nl.jobbranding.api.Problem.InvalidParam;

import java.util.List;

/**
 * A request the service layer refuses, with the reason a client can act on. The REST layer turns each kind
 * into its HTTP status and a problem document.
 */
public class ServiceException extends RuntimeException {

    public enum Kind {
        /** The resource does not exist. */
        NOT_FOUND,
        /** Input that breaks a rule: listed per field. */
        INVALID,
        /** The request conflicts with the resource's current state. */
        CONFLICT,
        /** The client changed an older version than the current one. */
        STALE,
        /** The client must say which version it changes (If-Match). */
        VERSION_REQUIRED,
        /** The caller's role or unit does not allow this on this resource. */
        FORBIDDEN,
        /** A service this one depends on does not answer (in time); try again later. */
        UNAVAILABLE,
        /** A service this one depends on refused its request (401, 403, another 4xx): a misconfiguration, not passing. */
        REFUSED_BY_SERVICE
    }

    private final Kind kind;
    private final String title;
    private final List<InvalidParam> invalidParams;
    private final Long currentVersion;
    private final Integer retryAfterSeconds;

    private ServiceException(Kind kind, String title, String detail, List<InvalidParam> invalidParams, Long currentVersion) {
        this(kind, title, detail, invalidParams, currentVersion, null);
    }

    private ServiceException(Kind kind, String title, String detail, List<InvalidParam> invalidParams, Long currentVersion,
                             Integer retryAfterSeconds) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
        this.currentVersion = currentVersion;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ServiceException notFound(String what, Object key) {
        return new ServiceException(Kind.NOT_FOUND, "Not found", "There is no " + what + " '" + key + "'.", List.of(), null);
    }

    public static ServiceException invalid(String name, String reason) {
        return invalid(List.of(new InvalidParam(name, reason)));
    }

    public static ServiceException invalid(List<InvalidParam> invalidParams) {
        String detail = invalidParams.size() == 1
                ? invalidParams.get(0).name() + ": " + invalidParams.get(0).reason()
                : invalidParams.size() + " fields are invalid.";
        return new ServiceException(Kind.INVALID, "Invalid input", detail, invalidParams, null);
    }

    /** A lifecycle step the resource's transition table does not allow, with the steps it does allow. */
    public static ServiceException invalidTransition(String what, Object from, Object to, List<?> allowed) {
        return conflict("Invalid transition", "A " + what + " cannot go from " + from + " to " + to
                + "; from " + from + " it can go to: " + allowed + ".");
    }

    /** The problem for a paging cursor that this API did not hand out. */
    public static ServiceException invalidCursor() {
        return invalid("cursor", "is not a cursor from a next link of this list");
    }

    public static ServiceException conflict(String title, String detail) {
        return new ServiceException(Kind.CONFLICT, title, detail, List.of(), null);
    }

    /** The caller may not do this: {@code detail} says which role or unit would be needed. */
    public static ServiceException forbidden(String detail) {
        return new ServiceException(Kind.FORBIDDEN, "Not allowed", detail, List.of(), null);
    }

    /** A service this one needs is down, slow or refused by its circuit breaker. */
    public static ServiceException unavailable(String service, int retryAfterSeconds) {
        return new ServiceException(Kind.UNAVAILABLE, "Service unavailable", service + " does not answer at the moment, "
                + "so this request cannot be handled now. Nothing was changed; try again in " + retryAfterSeconds + " seconds.",
                List.of(), null, retryAfterSeconds);
    }

    /**
     * A service this one needs answered, but refused this service's request (a 401, 403 or another client error): the
     * services' settings disagree, which only their operators can put right. A 502 without Retry-After, as trying again
     * will not help until then (unlike {@link #unavailable}, which passes by itself).
     */
    public static ServiceException refusedBy(String service, int status, String what) {
        return new ServiceException(Kind.REFUSED_BY_SERVICE, "Refused by " + service, service + " refused to give " + what
                + " (" + status + "), so this request cannot be handled. Nothing was changed; the services' settings "
                + "disagree, which is for the operators to put right: trying again will not help until then.", List.of(), null);
    }

    /**
     * Like {@link #stale(String, Long)}, with the resource's current state in the detail so the client sees why.
     */
    public static ServiceException stale(String what, long currentVersion, String currentState) {
        return new ServiceException(Kind.STALE, "Version mismatch",
                "The " + what + " was changed by someone else since you read it; it is now at version " + currentVersion
                        + " and in state " + currentState + ". Read it again and decide on that version.",
                List.of(), currentVersion);
    }

    /** @param currentVersion the version the resource has now, null when not known (a concurrent write won). */
    public static ServiceException stale(String what, Long currentVersion) {
        String current = currentVersion == null ? "" : "; its current version is " + currentVersion;
        return new ServiceException(Kind.STALE, "Version mismatch",
                "The " + what + " was changed by someone else since you read it" + current
                        + ". Read it again and apply your change to that version.",
                List.of(), currentVersion);
    }

    public static ServiceException versionRequired(String what) {
        return new ServiceException(Kind.VERSION_REQUIRED, "If-Match required",
                "Changing a " + what + " requires an If-Match header with the ETag you read, so that nobody's change is lost.",
                List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** For {@link Kind#UNAVAILABLE}: when to try again. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** For {@link Kind#STALE}: the version the resource has now. */
    public Long currentVersion() {
        return currentVersion;
    }
}
