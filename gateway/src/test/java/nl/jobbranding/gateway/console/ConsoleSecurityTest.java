package nl.jobbranding.gateway.console;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's protections over plain HTTP: headers, CSRF on forms, the session cookie, and no token in the page. */
@QuarkusTest
class ConsoleSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void consolePagesCarryStrictSecurityHeaders() {
        RestAssured.given().get("/console/sign-in").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .body(containsString("lang=\"nl\""));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleData.persona("community-manager-fatima");
        RestAssured.given().redirects().follow(false).formParam("persona", "community-manager-fatima").post("/console/sign-in")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 403));
    }

    @Test
    void signingInGivesAnEncryptedHttpOnlySecureStrictCookieAndNoTokenInThePage() {
        String token = ConsoleData.persona("community-manager-fatima");
        Response page = RestAssured.given().get("/console/sign-in");
        Matcher csrf = CSRF.matcher(page.asString());
        assertTrue(csrf.find(), "the form has its CSRF token");
        Response signedIn = RestAssured.given().redirects().follow(false).cookies(page.getCookies())
                .formParam("csrf-token", csrf.group(1)).formParam("persona", "community-manager-fatima").post("/console/sign-in");
        signedIn.then().statusCode(303);
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("jb-console-session="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains(token), "the token itself is not in the cookie");
        String queue = RestAssured.given().cookie("jb-console-session", signedIn.getCookie("jb-console-session"))
                .get("/console/queue").then().statusCode(200).extract().asString();
        assertTrue(queue.contains("Moderatiewachtrij"));
        assertFalse(queue.contains(token), "the token is not in the page");
        RestAssured.given().redirects().follow(false).cookie("jb-console-session", "tampered" + signedIn.getCookie("jb-console-session"))
                .get("/console/queue").then().statusCode(303).header("Location", containsString("/console/sign-in"));
    }
}
