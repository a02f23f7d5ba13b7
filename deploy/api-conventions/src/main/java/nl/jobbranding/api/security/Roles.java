package nl.jobbranding.api.security;

/**
 * The roles every service knows, as they appear in a token's {@code groups}: for {@code @RolesAllowed}. Unit editors
 * carry their unit's code in the claim {@value #UNIT_CLAIM}.
 */
public final class Roles {

    public static final String UNIT_EDITOR = "unit-editor";
    public static final String COMMUNITY_MANAGER = "community-manager";
    public static final String CAMPAIGN_MANAGER = "campaign-manager";
    /**
     * Another of the product's services reading on its own behalf: the gateway, for what anonymous readers may see
     * (names of campaigns, series and units in the public feed). Never given to people.
     */
    public static final String SERVICE = "service";
    public static final String UNIT_CLAIM = "unit";

    private Roles() {
    }
}
