package nl.jobbranding.content.client;

import java.util.List;
import java.util.UUID;

/** What content-service needs to know of a campaign in campaign-service: its status and the values to review against. */
public record CampaignRef(UUID id, String name, String status, List<Value> values) {

    public record Value(String code, String name, String guidance) {
    }

    public boolean active() {
        return "active".equals(status);
    }
}
