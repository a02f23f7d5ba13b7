package nl.jobbranding.content.model;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.jobbranding.api.model.ApiEnum;

/**
 * Who acts. The three people's roles come from the bearer token's groups; {@link #SYSTEM} is the service itself
 * (scheduled publication, expiry, consent withdrawal). Their names are {@link nl.jobbranding.api.security.Roles}.
 */
public enum Role {
    /** Writes and submits stories of their own unit (the token's unit claim). */
    UNIT_EDITOR,
    /** Claims stories from the moderation queue and reviews them against the values. */
    COMMUNITY_MANAGER,
    /** Runs the campaign; may withdraw anything. */
    CAMPAIGN_MANAGER,
    /** The service itself, acting on time or on a consent withdrawal. */
    SYSTEM;

    @JsonValue
    @Override
    public String toString() {
        return ApiEnum.value(this);
    }
}
