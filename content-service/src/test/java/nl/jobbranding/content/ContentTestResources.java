package nl.jobbranding.content;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import nl.jobbranding.runtime.ClientCredentialsTestResource;
import nl.jobbranding.runtime.DevTokenEndpoint;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.ServiceTestResource;
import nl.jobbranding.runtime.TokenTestResource;

/**
 * What every test of content-service runs against, declared once (global scope: one application, shared by all test
 * classes): its own database on a real PostgreSQL, the real campaign-service (packaged jar as a process, with its own
 * database), the test run's token key pair, and content-service's own token (client credentials at a development token
 * endpoint, for reading campaign-service's events).
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "content"))
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = ServiceTestResource.MODULE_ARG, value = ContentTestResources.CAMPAIGN_SERVICE),
        @ResourceArg(name = ServiceTestResource.DATABASE_ARG, value = "campaign"),
        @ResourceArg(name = ServiceTestResource.URL_PROPERTY_ARG, value = "quarkus.rest-client.campaign-service.url")})
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ClientCredentialsTestResource.class, scope = TestResourceScope.GLOBAL, initArgs =
        @ResourceArg(name = ClientCredentialsTestResource.CLIENT_ARG, value = DevTokenEndpoint.CONTENT_SERVICE_CLIENT_ID))
final class ContentTestResources {

    static final String CAMPAIGN_SERVICE = "campaign-service";

    private ContentTestResources() {
    }
}
