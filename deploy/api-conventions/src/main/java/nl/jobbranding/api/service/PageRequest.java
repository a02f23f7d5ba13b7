package nl.jobbranding.api.service;

/**
 * Keyset paging: the items after the sort key {@code after} (null for the first page), at most {@code limit} of them.
 */
public record PageRequest(String after, int limit) {
}
