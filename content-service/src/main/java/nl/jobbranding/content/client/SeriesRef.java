package nl.jobbranding.content.client;

import java.util.List;
import java.util.UUID;

/** What content-service needs to know of a series in campaign-service. */
public record SeriesRef(UUID id, UUID campaignId, String unitCode, String name, String status, List<String> channels) {

    public boolean active() {
        return "active".equals(status);
    }
}
