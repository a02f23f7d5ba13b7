package nl.jobbranding.api.security;

/**
 * The roles every service knows, as they appear in a token's {@code groups}: for {@code @RolesAllowed}. Unit editors
 * carry their unit's code in the claim {@value #UNIT_CLAIM}.
 */
public final class Roles {

    public static final String UNIT_EDITOR = "unit-editor";
    public static final String COMMUNITY_MANAGER = "community-manager";
    public static final String CAMPAIGN_MANAGER = "campaign-manager";
    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
