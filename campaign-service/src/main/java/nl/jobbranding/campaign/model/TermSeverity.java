package nl.jobbranding.campaign.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** How much a finding on a campaign's own screening term weighs; block prevents approval until dismissed. */
public enum TermSeverity {
    BLOCK, WARN, INFO;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
