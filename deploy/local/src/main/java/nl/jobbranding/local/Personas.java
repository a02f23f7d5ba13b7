package nl.jobbranding.local;

import nl.jobbranding.runtime.DevTokens;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The people of a local run, written {@code role:who}: {@code campaign-manager:campagneteam},
 * {@code community-manager:fatima}, {@code unit-editor:DJI} (the editors of a unit). Used by the demo data and for the
 * tokens the run command hands out.
 */
final class Personas {

    static final String CAMPAIGN_MANAGER = "campaign-manager:campagneteam";
    static final String COMMUNITY_MANAGER = "community-manager:fatima";
    /** A second community manager: a sensitive unit's story needs two approvals by different people. */
    static final String SECOND_COMMUNITY_MANAGER = "community-manager:joris";

    private Personas() {
    }

    static String unitEditor(String unitCode) {
        return "unit-editor:" + unitCode;
    }

    static String token(DevTokens tokens, String persona, Duration lifetime) {
        String[] parts = persona.split(":", 2);
        String role = parts[0];
        String who = parts.length > 1 ? parts[1] : role;
        boolean editor = role.equals("unit-editor");
        String name = editor ? "Redactie " + who : Character.toUpperCase(who.charAt(0)) + who.substring(1);
        return tokens.token((editor ? "redactie-" : "") + who.toLowerCase(Locale.ROOT), name, List.of(role), editor ? who : null,
                lifetime);
    }
}
