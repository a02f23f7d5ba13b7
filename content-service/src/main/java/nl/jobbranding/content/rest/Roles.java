package nl.jobbranding.content.rest;

import nl.jobbranding.content.model.Role;

/** Role names for {@code @RolesAllowed}. */
final class Roles {

    static final String EDITOR = Role.UNIT_EDITOR_NAME;
    static final String COMMUNITY = Role.COMMUNITY_MANAGER_NAME;
    static final String CAMPAIGN = Role.CAMPAIGN_MANAGER_NAME;

    private Roles() {
    }
}
