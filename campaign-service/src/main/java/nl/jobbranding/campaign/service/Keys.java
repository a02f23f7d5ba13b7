package nl.jobbranding.campaign.service;

import nl.jobbranding.api.service.ServiceException;
import java.util.UUID;

/** Sort keys from paging cursors. */
final class Keys {

    private Keys() {
    }

    static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalidCursor();
        }
    }
}
