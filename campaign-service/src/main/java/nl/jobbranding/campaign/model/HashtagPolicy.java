package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.ApiEnum;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a channel's audience expects hashtags. */
public enum HashtagPolicy {
    NONE, OPTIONAL, REQUIRED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
