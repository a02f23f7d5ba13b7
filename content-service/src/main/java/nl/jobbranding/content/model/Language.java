package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** The language a story is written in. */
public enum Language {
    NL, EN;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
