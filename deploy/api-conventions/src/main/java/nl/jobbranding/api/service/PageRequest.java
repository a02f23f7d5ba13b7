package nl.jobbranding.api.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Keyset paging: the items after the sort key {@code after} (null for the first page), at most {@code limit} of them.
 */
public record PageRequest(String after, int limit) {

    /** The sort key as a UUID, for lists sorted by id; a key that is none is a cursor this API did not hand out. */
    public UUID afterUuid() {
        if (after == null) {
            return null;
        }
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidCursor();
        }
    }

    /** The sort key of lists sorted by a time and then by id, or null for the first page. */
    public TimeKey afterTimeKey() {
        if (after == null) {
            return null;
        }
        String[] parts = after.split("\\|", 2);
        try {
            return new TimeKey(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ServiceException.invalidCursor();
        }
    }

    /** A sort key of a time and an id (for ties). */
    public record TimeKey(Instant at, UUID id) {

        public static String of(Instant at, UUID id) {
            return at + "|" + id;
        }
    }
}
