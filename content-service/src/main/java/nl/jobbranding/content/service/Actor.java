package nl.jobbranding.content.service;

import nl.jobbranding.content.model.Role;

import java.util.Set;

/**
 * Who makes a request: an account id and display name, the roles, and for a unit editor the unit. Built from the
 * bearer token by the REST layer; {@link #ANONYMOUS} without one, {@link #SYSTEM} for the service's own actions.
 */
public record Actor(String id, String name, Set<Role> roles, String unitCode) {

    public static final Actor ANONYMOUS = new Actor("anonymous", "anonymous", Set.of(), null);
    public static final Actor SYSTEM = new Actor("system", "content-service", Set.of(Role.SYSTEM), null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    /** Whether this is an editor of the unit. */
    public boolean editsFor(String unit) {
        return has(Role.UNIT_EDITOR) && unit != null && unit.equals(unitCode);
    }

    /** Whether the actor may see every story, not only their unit's. */
    public boolean seesAllStories() {
        return has(Role.COMMUNITY_MANAGER) || has(Role.CAMPAIGN_MANAGER) || has(Role.SYSTEM);
    }
}
