package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** How an appeal was decided: the decision stands (upheld) or is undone (overturned). */
public enum AppealOutcome {
    UPHELD, OVERTURNED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
