package nl.jobbranding.content;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.ServiceTestResource;
import nl.jobbranding.runtime.TokenTestResource;

/**
 * What every test of content-service runs against, declared once (global scope: one application, shared by all test
 * classes): its own database on a real PostgreSQL, the real campaign-service (packaged jar as a process, with its own
 * database), and the test run's token key pair.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = PostgresTestResource.DATABASE_ARG, value = "content"))
@WithTestResource(value = ServiceTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = ServiceTestResource.MODULE_ARG, value = ContentTestResources.CAMPAIGN_SERVICE),
        @ResourceArg(name = ServiceTestResource.DATABASE_ARG, value = "campaign"),
        @ResourceArg(name = ServiceTestResource.URL_PROPERTY_ARG, value = "quarkus.rest-client.campaign-service.url")})
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
final class ContentTestResources {

    static final String CAMPAIGN_SERVICE = "campaign-service";

    private ContentTestResources() {
    }
}
