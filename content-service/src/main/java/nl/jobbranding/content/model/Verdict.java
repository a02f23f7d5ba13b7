package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** A reviewer's verdict on one value or one channel's audience fit. */
public enum Verdict {
    MEETS, CONCERN, FAILS;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
