package nl.jobbranding.content.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What content-service needs to know of a unit in campaign-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitRef(String code, String name, boolean sensitive) {
}
