package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.jobbranding.gateway.Tokens.as;
import static nl.jobbranding.gateway.Tokens.campaignManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 18: a method a resource does not support is a 405 problem with {@code Allow} naming the methods it
 * does support (RFC 9110, section 15.5.6), on the gateway's composed views and on the services' operations it forwards.
 */
@QuarkusTest
class MethodNotAllowedTest {

    @ParameterizedTest
    @CsvSource({
            "PATCH, /api/v1/public-feed, GET",
            "TRACE, /api/v1/public-feed, GET",
            "POST, /api/v1/moderation-overview, GET",
            "PATCH, /api/v1/campaign-overviews/0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79, GET",
            "DELETE, /api/v1/campaigns, GET POST",
            "PATCH, /api/v1/series, GET POST",
            "PUT, /api/v1/bulk-decisions, POST"})
    void anUnsupportedMethodIsA405ProblemWithAllow(String method, String path, String allowed) {
        Response answer = as(campaignManager()).request(Method.valueOf(method), path);
        assertEquals(405, answer.statusCode(), method + " " + path + ": " + answer.asString());
        assertEquals("application/problem+json", answer.contentType(), method + " " + path);
        String allow = answer.header("Allow");
        assertNotNull(allow, method + " " + path + " names the methods it allows");
        Set<String> named = Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toSet());
        for (String expected : allowed.split(" ")) {
            assertTrue(named.contains(expected), method + " " + path + ": Allow " + allow + " lacks " + expected);
        }
        assertTrue(!named.contains(method), method + " " + path + ": Allow " + allow + " names the refused method");
    }
}
