package nl.jobbranding.campaign.service;

import nl.jobbranding.api.service.ServiceException;
/** Rules for the codes and other identifying fields that cannot change once a resource exists. */
final class Codes {

    private Codes() {
    }

    static void checkUnchanged(String field, Object current, Object given) {
        if (given != null && !given.equals(current)) {
            throw ServiceException.invalid(field, "cannot be changed; it is '" + current + "'");
        }
    }
}
