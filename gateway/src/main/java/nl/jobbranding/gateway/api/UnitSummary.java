package nl.jobbranding.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A unit: code, name and whether its staff must not be findable.")
public record UnitSummary(
        @Schema(example = "DJI") String code,
        @Schema(example = "Dienst Justitiële Inrichtingen") String name,
        @Schema(example = "true") boolean sensitive) {
}
