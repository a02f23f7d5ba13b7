package nl.jobbranding.gateway.console;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.URL;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production sign-in in a real browser: the OIDC authorization code flow with an identity provider
 * ({@link OidcProviderTestResource}), its session cookie, roles from the provider's token, deny by default, and
 * signing out.
 */
@QuarkusTest
class OidcSignInConsoleTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aCommunityManagerSignsInAtTheIdentityProviderSeesTheQueueAndSignsOut() {
        try (Browser browser = Browser.open(gateway.toString(), "oidc-sign-in")) {
            signInAtProvider(browser, "sanne");
            browser.await(By.xpath("//h1[normalize-space()='Moderatiewachtrij']"));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/console/queue"), browser.driver().getCurrentUrl());
            assertTrue(browser.text().contains("Aangemeld als Sanne de Vries (communitymanager)"), browser.text());
            browser.page("queue");

            Cookie session = browser.driver().manage().getCookieNamed("q_session");
            assertNotNull(session, "the identity provider's session is kept in the q_session cookie");
            assertTrue(session.isHttpOnly() && session.isSecure(), "HttpOnly and Secure");
            assertEquals("Lax", session.getSameSite());
            assertEquals("/console", session.getPath());
            assertFalse(browser.driver().getPageSource().contains(session.getValue()), "the session is not in the page");

            browser.driver().findElement(By.xpath("//button[normalize-space()='Afmelden']")).click();
            browser.await(By.xpath("//h1[normalize-space()='Aanmelden']"));
            assertNull(browser.driver().manage().getCookieNamed("q_session"), "signing out ends the session");
            browser.visit("/console/queue");
            browser.await(By.xpath("//h1[normalize-space()='Aanmelden']"));
            assertFalse(browser.text().contains("Moderatiewachtrij"));
        }
    }

    @Test
    void someoneWithoutARoleIsSignedInButGetsNoAccess() {
        try (Browser browser = Browser.open(gateway.toString(), "oidc-no-role")) {
            signInAtProvider(browser, "zonderrol");
            browser.await(By.xpath("//h1[normalize-space()='Geen toegang']"));
            assertTrue(browser.text().contains("geen rol in deze console"), browser.text());
            browser.page("no-access");
            for (String page : new String[] {"/console/queue", "/console/my-stories", "/console/campaigns", "/console/transparency"}) {
                browser.visit(page);
                browser.await(By.xpath("//h1[normalize-space()='Geen toegang']"));
            }
        }
    }

    @Test
    void whenTheProvidersAccessTokenExpiresBeforeTheSessionTheUserSignsInAgainInsteadOfLosingAccess() throws InterruptedException {
        try (Browser browser = Browser.open(gateway.toString(), "oidc-token-expired")) {
            signInAtProvider(browser, "kort");
            browser.await(By.xpath("//h1[normalize-space()='Moderatiewachtrij']"));
            long signedIn = System.nanoTime();
            assertNotNull(browser.driver().manage().getCookieNamed("q_session"));

            // The access token (10 s) expires; the session at the gateway (the ID token's hour) does not.
            Thread.sleep(Math.max(0, OidcProviderTestResource.SHORT_ACCESS_TOKEN.toMillis() + 1_500 - (System.nanoTime() - signedIn) / 1_000_000));
            browser.visit("/console/transparency");
            browser.await(By.id("username"));
            assertFalse(browser.text().contains("Geen toegang"), browser.text());
            browser.screenshot("sign-in-again");
            browser.driver().findElement(By.id("username")).sendKeys("kort");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Inloggen']")).click();
            browser.await(By.xpath("//h1[normalize-space()='Moderatiewachtrij']"));
            assertTrue(browser.text().contains("Aangemeld als Kim Kort (communitymanager)"), browser.text());
        }
    }

    @Test
    void theApiStillAnswersBearerTokenProblemsAndNeverRedirectsToTheProvider() {
        RestAssured.given().redirects().follow(false).get("/api/v1/moderation-overview").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        RestAssured.given().redirects().follow(false).get("/console/login").then().statusCode(302)
                .header("Location", containsString("/authorize?"));
        RestAssured.given().redirects().follow(false).get("/console/queue").then().statusCode(303)
                .header("Location", endsWith("/console/sign-in"));
    }

    private static void signInAtProvider(Browser browser, String userName) {
        browser.visit("/console/sign-in");
        browser.page("sign-in");
        browser.driver().findElement(By.linkText("Aanmelden bij uw organisatie")).click();
        browser.await(By.id("username")).sendKeys(userName);
        browser.screenshot("identity-provider");
        browser.driver().findElement(By.xpath("//button[normalize-space()='Inloggen']")).click();
    }
}
