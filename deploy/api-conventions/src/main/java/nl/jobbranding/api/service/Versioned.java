package nl.jobbranding.api.service;

/** A resource representation together with its version, which the REST layer sends as its ETag. */
public record Versioned<T>(T value, long version) {
}
