package nl.jobbranding.campaign.model;

import nl.jobbranding.api.model.ApiEnum;
import com.fasterxml.jackson.annotation.JsonValue;

/** The forms a story can take on a channel. */
public enum ContentFormat {
    TEXT_POST, ARTICLE, PHOTO, CAROUSEL, VIDEO, SHORT_VIDEO, PODCAST, VACANCY;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
