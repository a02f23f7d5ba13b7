package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.ApiEnum;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Map;

/** A campaign's lifecycle: draft, then active, then closed. Closed is final. */
public enum CampaignStatus {
    DRAFT, ACTIVE, CLOSED;

    private static final Map<CampaignStatus, List<CampaignStatus>> TRANSITIONS = Map.of(
            DRAFT, List.of(ACTIVE, CLOSED),
            ACTIVE, List.of(CLOSED),
            CLOSED, List.of());

    public List<CampaignStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canBecome(CampaignStatus target) {
        return this == target || next().contains(target);
    }

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
