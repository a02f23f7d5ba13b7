package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** A delivery waits (and is retried) until the receiver answers 2xx. */
public enum DeliveryStatus {
    PENDING, DELIVERED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
