package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** Whether a webhook subscription is delivered to; disabled by its manager or after a long failure (with the reason). */
public enum SubscriptionStatus {
    ACTIVE, DISABLED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
