package nl.jobbranding.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import nl.jobbranding.api.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the API document, called through the gateway as every role: where a role is not allowed, the
 * answer is 401 (no token) or 403 (wrong role); where it is, the answer is neither. The operations come from the
 * document, so a new operation is in the matrix at once; the role rules below are the product's.
 */
@QuarkusTest
class RoleMatrixTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> PUBLIC = Set.of("GET /published-stories", "GET /published-stories/{storyId}",
            "GET /transparency-log", "GET /transparency-log/appeal-counts",
            "GET /transparency-log/takedowns", "GET /workflow", "GET /public-feed");
    private static final Set<String> CAMPAIGN_SERVICE = Set.of("campaigns", "units", "series", "channels", "target-groups");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private record Caller(String name, String role, RequestSpecification request) {
    }

    @Test
    void everyOperationAnswers401Or403ExactlyWhereTheRoleIsNotAllowed() {
        JsonPath document = RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Caller> callers = List.of(
                new Caller("anonymous", null, RestAssured.given()),
                new Caller("unit editor", Roles.UNIT_EDITOR, Tokens.as(Tokens.editor("MATRIX"))),
                new Caller("community manager", Roles.COMMUNITY_MANAGER, Tokens.as(Tokens.communityManager("Matrix"))),
                new Caller("campaign manager", Roles.CAMPAIGN_MANAGER, Tokens.as(Tokens.campaignManager())));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                String url = "/api/v1" + concrete(path.getKey());
                for (Caller caller : callers) {
                    boolean allowed = allowed(caller.role(), method.toUpperCase(), path.getKey());
                    RequestSpecification request = RestAssured.given().spec(caller.request()).contentType("application/json")
                            .header("If-Match", "\"0\"");
                    if (!method.equals("get") && !method.equals("delete")) {
                        request.body("{}");
                    }
                    int status = request.request(method.toUpperCase(), url).statusCode();
                    int expected = caller.role() == null ? 401 : 403;
                    checked++;
                    if (allowed && (status == 401 || status == 403)) {
                        wrong.add(caller.name() + " " + operation + ": " + status + ", but the role is allowed");
                    } else if (!allowed && status != expected) {
                        wrong.add(caller.name() + " " + operation + ": " + status + ", expected " + expected);
                    }
                }
            }
        }
        assertTrue(checked > 200, "the matrix covers the document: " + checked);
        System.out.println("Role matrix: " + checked + " calls (" + checked / callers.size() + " operations x " + callers.size()
                + " callers)");
        assertEquals(List.of(), wrong);
    }

    /** The product's role rules, by operation. */
    private static boolean allowed(String role, String method, String path) {
        if (PUBLIC.contains(method + " " + path)) {
            return true;
        }
        if (role == null) {
            return false;
        }
        String collection = path.split("/")[1];
        if (CAMPAIGN_SERVICE.contains(collection)) {
            return method.equals("GET") || role.equals(Roles.CAMPAIGN_MANAGER);
        }
        if (path.equals("/stories") && method.equals("POST") || path.equals("/stories/{storyId}") && !method.equals("GET")
                || path.equals("/stories/{storyId}/appeals") && method.equals("POST")) {
            return role.equals(Roles.UNIT_EDITOR);
        }
        if (path.endsWith("/reviews") && method.equals("POST") || path.endsWith("/screening/dismissals")
                || path.equals("/bulk-decisions")
                || path.endsWith("/screening/misses") && method.equals("POST")) {
            return role.equals(Roles.COMMUNITY_MANAGER);
        }
        if (path.equals("/story-requests") && method.equals("POST")) {
            return !role.equals(Roles.UNIT_EDITOR);
        }
        if (path.equals("/story-requests/{requestId}/decision") || path.equals("/story-requests/{requestId}/fulfilment")) {
            return role.equals(Roles.UNIT_EDITOR);
        }
        if (path.equals("/featured-people/{personId}/erasure")) {
            return !role.equals(Roles.COMMUNITY_MANAGER);
        }
        if (path.equals("/stories/{storyId}/posts") && method.equals("POST") || path.startsWith("/takedown-tasks")) {
            return !role.equals(Roles.UNIT_EDITOR);
        }
        if (path.equals("/stories/{storyId}/appeals/{appealId}/decision")) {
            return !role.equals(Roles.UNIT_EDITOR);
        }
        if (path.startsWith("/webhook-subscriptions")) {
            return role.equals(Roles.CAMPAIGN_MANAGER);
        }
        if (path.equals("/moderation-queue") || path.equals("/moderation-overview") || path.startsWith("/screening-feedback")
                || path.equals("/events") || path.equals("/campaign-events")
                || path.startsWith("/analytics/")
                || path.endsWith("/screening/misses/{missId}")) {
            return !role.equals(Roles.UNIT_EDITOR);
        }
        return true;
    }

    /** The path with made-up values for its parameters: ids that exist nowhere, codes that are well-formed. */
    private static String concrete(String path) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.toLowerCase().endsWith("id") ? UUID.randomUUID().toString()
                    : name.equals("number") ? "1" : "matrix-code";
            matcher.appendReplacement(result, value);
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
