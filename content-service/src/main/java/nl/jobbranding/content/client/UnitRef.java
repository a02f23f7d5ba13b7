package nl.jobbranding.content.client;

/** What content-service needs to know of a unit in campaign-service. */
public record UnitRef(String code, String name, boolean sensitive) {
}
