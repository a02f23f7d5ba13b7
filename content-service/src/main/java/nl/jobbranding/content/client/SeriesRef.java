package nl.jobbranding.content.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/** What content-service needs to know of a series in campaign-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeriesRef(UUID id, UUID campaignId, String unitCode, String name, String status, List<String> channels) {

    public boolean active() {
        return "active".equals(status);
    }
}
