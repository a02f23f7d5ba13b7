package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's Swagger UI, in a real browser: it loads the API document and lists the operations of both services. */
@QuarkusTest
class SwaggerUiTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void loadsTheApiDocumentAndListsAnOperationOfEachService() {
        try (Browser browser = Browser.open(gateway.toString(), "swagger-ui")) {
            browser.visit("/q/swagger-ui/");
            browser.await(By.cssSelector(".opblock"));
            browser.screenshot("swagger-ui");
            String text = browser.text();
            assertFalse(text.contains("Failed to load API definition"), text);
            assertTrue(text.contains("Job branding API"), "the document's title");
            assertTrue(text.contains("/campaigns/{campaignId}/capacity-assessment"), "an operation of campaign-service");
            assertTrue(text.contains("/moderation-queue"), "an operation of content-service");
        }
    }
}
