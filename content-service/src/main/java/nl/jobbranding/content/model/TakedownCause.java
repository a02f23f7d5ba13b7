package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/** Why a live story went off line, so that its posts must be taken down. */
public enum TakedownCause {
    /** A campaign manager withdrew it. */
    WITHDRAWAL,
    /** A featured person's consent was withdrawn, narrowed, ended, or the person was erased. */
    CONSENT,
    /** Its expiry time came. */
    EXPIRY,
    /** A campaign manager archived it. */
    ARCHIVE;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
