package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error on a console page is a page in Dutch with a way back; the API keeps its problem documents. */
@QuarkusTest
class ConsoleErrorPagesTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void anUnknownConsolePageIsADutchPageWithAWayBack() {
        try (Browser browser = Browser.open(gateway.toString(), "error-pages")) {
            browser.visit("/console/bestaat-niet");
            browser.await(By.xpath("//h1[normalize-space()='Pagina niet gevonden']"));
            assertTrue(browser.text().contains("Controleer het adres"), browser.text());
            browser.page("not-found");
            String source = browser.driver().getPageSource();
            assertFalse(source.contains("application/problem+json") || source.contains("\"status\"") || source.contains("Exception"), source);
            browser.driver().findElement(By.linkText("Terug naar het begin")).click();
            browser.await(By.xpath("//h1[normalize-space()='Aanmelden']"));
        }
    }

    @Test
    void errorsOnConsolePagesAreHtmlAndOnTheApiProblemDocuments() {
        RestAssured.given().get("/console/bestaat-niet").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("lang=\"nl\""), containsString("Pagina niet gevonden"), containsString("href=\"/console\""));
        RestAssured.given().get("/console/sign-out").then().statusCode(405).contentType(containsString("text/html"))
                .body(containsString("Dat kan hier niet"), not(containsString("Exception")));
        RestAssured.given().formParam("persona", "x").post("/console/sign-in").then().statusCode(org.hamcrest.Matchers.oneOf(400, 403))
                .contentType(containsString("text/html"));
        RestAssured.given().get("/api/v1/bestaat-niet").then().statusCode(404).contentType(containsString("application/problem+json"));
    }
}
