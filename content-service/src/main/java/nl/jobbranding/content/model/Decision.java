package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** What a review decides. */
public enum Decision {
    APPROVE(Action.APPROVE), REQUEST_CHANGES(Action.REQUEST_CHANGES), REJECT(Action.REJECT);

    private final Action action;

    Decision(Action action) {
        this.action = action;
    }

    public Action action() {
        return action;
    }

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
