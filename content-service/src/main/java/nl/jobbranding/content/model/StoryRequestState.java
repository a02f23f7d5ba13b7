package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/**
 * Where a story request is: open until the unit's editors accept or decline it; an accepted request is fulfilled when
 * the story linked to it is published.
 */
public enum StoryRequestState {
    OPEN, ACCEPTED, DECLINED, FULFILLED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
