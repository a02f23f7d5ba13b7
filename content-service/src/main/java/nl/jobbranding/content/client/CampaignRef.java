package nl.jobbranding.content.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * What content-service needs to know of a campaign in campaign-service: its status, the values to review against and
 * the terms it added to the pre-screen.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignRef(UUID id, String name, String status, List<Value> values, List<ScreeningTerm> screeningTerms) {

    /** A term the campaign added to the pre-screen. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScreeningTerm(String phrase, String value, String severity, String language, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String code, String name, String guidance) {
    }

    public boolean active() {
        return "active".equals(status);
    }
}
