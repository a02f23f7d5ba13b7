package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** What happens to a story; every action is recorded in its audit trail. */
public enum Action {
    CREATE, REVISE, SUBMIT, CLAIM, RELEASE, APPROVE, REQUEST_CHANGES, REJECT, SCHEDULE, UNSCHEDULE, PUBLISH, EXPIRE,
    WITHDRAW, ARCHIVE, DISMISS_FINDING, REPORT_MISS, APPEAL, DECIDE_APPEAL, RETRACT, DELETE,
    RECORD_POST, CONFIRM_TAKEDOWN, ERASE_PERSON;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
