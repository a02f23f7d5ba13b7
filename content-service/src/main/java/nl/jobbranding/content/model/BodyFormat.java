package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** How a story's body is written. */
public enum BodyFormat {
    PLAIN, MARKDOWN;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
