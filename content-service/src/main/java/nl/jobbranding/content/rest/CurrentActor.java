package nl.jobbranding.content.rest;

import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.ServiceException;

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

    /** Account ids and names are stored with every action, in columns of this many characters. */
    private static final int MAX_TEXT = 200;

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentActor(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** Who calls; a token without a usable subject (account id) is refused, never taken for anonymous or all units. */
    public Actor get() {
        if (identity.isAnonymous()) {
            return Actor.ANONYMOUS;
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > MAX_TEXT) {
            throw ServiceException.forbidden("Your token names no account (claim 'sub', at most " + MAX_TEXT
                    + " characters), so nothing can be attributed to you.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM && identity.hasRole(role.toString())) {
                roles.add(role);
            }
        }
        String name = token.getClaim("name");
        String unit = token.getClaim(Roles.UNIT_CLAIM);
        String shown = name == null || name.isBlank() ? subject : name.strip();
        return new Actor(subject, shown.length() > MAX_TEXT ? shown.substring(0, MAX_TEXT) : shown, roles, unit);
    }
}
