package nl.jobbranding.content.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What content-service needs to know of a target group in campaign-service: that it exists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetGroupRef(String code, String name) {
}
