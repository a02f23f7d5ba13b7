package nl.jobbranding.content.rest;

import nl.jobbranding.api.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.service.Actor;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.EnumSet;
import java.util.Set;

/** The actor of the current request, from its bearer token: subject, name, roles (groups) and unit. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentActor(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Actor get() {
        if (identity.isAnonymous() || token.getSubject() == null) {
            return Actor.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM && identity.hasRole(role.toString())) {
                roles.add(role);
            }
        }
        String name = token.getClaim("name");
        String unit = token.getClaim(Roles.UNIT_CLAIM);
        return new Actor(token.getSubject(), name == null || name.isBlank() ? token.getSubject() : name, roles, unit);
    }
}
