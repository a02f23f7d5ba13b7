package nl.jobbranding.api.service;

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
}
