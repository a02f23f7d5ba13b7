package nl.jobbranding.gateway.routing;

/** The services behind the gateway. */
public enum Downstream {
    CAMPAIGN_SERVICE("campaign-service"), CONTENT_SERVICE("content-service");

    private final String serviceName;

    Downstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
