package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/**
 * Where a story is in the moderation workflow; the allowed moves between states are in {@link Workflow}. No story is
 * ever stored as {@link #DELETED}: it names where the audit trail's last entry of a deleted draft leaves it.
 */
public enum StoryState {
    DRAFT, SUBMITTED, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, WITHDRAWN, REJECTED, ARCHIVED, DELETED;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
