package nl.jobbranding.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import nl.jobbranding.gateway.console.OidcProviderTestResource;
import nl.jobbranding.runtime.ServiceTestResource;
import nl.jobbranding.runtime.TokenTestResource;

/**
 * What every gateway test runs against, declared once: both services really running (packaged jars as processes,
 * each on its own database in the tests' PostgreSQL, content-service calling campaign-service), and the test run's
 * token key pair, trusted by all three; and an OpenID Connect provider for the console's production sign-in.
 */
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceTokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcProviderTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = ServiceTestResource.MODULE_ARG, value = GatewayTestResources.CAMPAIGN_SERVICE),
        @ResourceArg(name = ServiceTestResource.DATABASE_ARG, value = "campaign"),
        @ResourceArg(name = ServiceTestResource.URL_PROPERTY_ARG, value = "gateway.campaign-service.url")})
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = ServiceTestResource.MODULE_ARG, value = GatewayTestResources.CONTENT_SERVICE),
        @ResourceArg(name = ServiceTestResource.DATABASE_ARG, value = "content"),
        @ResourceArg(name = ServiceTestResource.USES_ARG, value = GatewayTestResources.CAMPAIGN_SERVICE),
        @ResourceArg(name = ServiceTestResource.URL_PROPERTY_ARG, value = "gateway.content-service.url")})
final class GatewayTestResources {

    static final String CAMPAIGN_SERVICE = "campaign-service";
    static final String CONTENT_SERVICE = "content-service";

    private GatewayTestResources() {
    }
}
