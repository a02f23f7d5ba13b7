package nl.jobbranding.gateway.console.session;

import java.util.Set;

/**
 * The person signed in to the console, from their verified token: the token itself stays on the server side of the
 * session cookie and is only ever sent to the services.
 */
@io.quarkus.qute.TemplateData
public record ConsoleUser(String subject, String name, Set<String> roles, String unit, String token) {

    public static final String COMMUNITY_MANAGER = "community-manager";
    public static final String UNIT_EDITOR = "unit-editor";
    public static final String CAMPAIGN_MANAGER = "campaign-manager";

    public boolean communityManager() {
        return roles.contains(COMMUNITY_MANAGER);
    }

    public boolean unitEditor() {
        return roles.contains(UNIT_EDITOR);
    }

    public boolean campaignManager() {
        return roles.contains(CAMPAIGN_MANAGER);
    }

    /** Whether the user has any role in the console: without one, no page is theirs (deny by default). */
    public boolean hasRole() {
        return communityManager() || unitEditor() || campaignManager();
    }

    public String authorization() {
        return "Bearer " + token;
    }

    /** The role in Dutch, for the page header. */
    public String roleName() {
        if (communityManager()) {
            return "communitymanager";
        }
        if (campaignManager()) {
            return "campagnemanager";
        }
        return unitEditor() ? "redacteur " + unit : String.join(", ", roles);
    }
}
