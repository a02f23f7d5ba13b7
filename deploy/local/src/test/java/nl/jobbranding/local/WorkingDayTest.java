package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a newcomer meets it, against the product the run command starts (launcher, services, PostgreSQL, demo
 * data), through the gateway only: every whole-request example of the gateway's API document works when sent as it
 * is, with only the ids of the demo data's resources filled in by name.
 */
class WorkingDayTest {

    /** Ids the examples use, and the demo data's resource each stands for. */
    private static final String CAMPAIGN_WERKEN_VOOR_NEDERLAND = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79";
    private static final String SERIES_WORDT_VERVOLGD = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f";

    private static RunningProduct product;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTheProduct() throws Exception {
        product = RunningProduct.start();
    }

    @AfterAll
    static void stopTheProduct() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void everyRequestExampleOfTheApiDocumentWorksAsSent() throws Exception {
        JsonNode document = json.readTree(send("GET", "/openapi.json", null, null, null).body());
        Map<String, Operation> operations = bodyOperations(document);
        List<String> withoutExamples = operations.values().stream().filter(o -> o.examples.isEmpty())
                .map(o -> o.method + " " + o.path).sorted().toList();
        assertEquals(List.of(), withoutExamples, "operations that take a body but have no whole-request example");

        String werkenVoorNederland = idByName("/campaigns", "Werken voor Nederland");
        String digitaleOverheid = idByName("/campaigns", "Digitale overheid 2027");
        String wordtVervolgd = idByName("/series", "Wordt vervolgd");
        Function<String, String> demoIds = body -> body.replace(CAMPAIGN_WERKEN_VOOR_NEDERLAND, werkenVoorNederland)
                .replace(SERIES_WORDT_VERVOLGD, wordtVervolgd);
        Sender sender = new Sender(operations, demoIds);

        String manager = "campaign-manager";
        sender.send(manager, "createTargetGroup", "herintreders", "/target-groups", false);
        sender.send(manager, "updateTargetGroup", "zij-instromers", "/target-groups/zij-instromers", true);
        sender.send(manager, "createChannel", "podcast", "/channels", false);
        sender.send(manager, "updateChannel", "linkedin", "/channels/linkedin", true);
        sender.send(manager, "createUnit", "rvo", "/units", false);
        sender.send(manager, "updateUnit", "om", "/units/OM", true);
        sender.send(manager, "createCampaign", "new-campaign", "/campaigns", false);
        sender.send(manager, "updateCampaign", "activate", "/campaigns/" + digitaleOverheid, true);
        sender.send(manager, "putCapacity", "instagram", "/campaigns/" + werkenVoorNederland + "/capacities/instagram", true);
        sender.send(manager, "createSeries", "new-series", "/series", false);
        sender.send(manager, "updateSeries", "more-stories", "/series/" + wordtVervolgd, true);

        // A unit editor of OM writes, screens and submits a story; two community managers (OM is sensitive) review it.
        String editor = "unit-editor-OM";
        String person = id(sender.send(editor, "createFeaturedPerson", "consent", "/featured-people", false));
        sender.send(editor, "screenDraft", "draft", "/screenings", false);
        String story = "/stories/" + id(sender.send(editor, "createStory", "draft", "/stories", false));
        sender.send(editor, "updateStory", "revision", story, true);
        sender.transition(editor, story, "submit");
        sender.transition("community-manager", story, "claim");
        sender.send("community-manager", "addComment", "comment", story + "/revisions/2/comments", false);
        JsonNode finding = firstFinding(story);
        sender.send("community-manager", "dismissFinding", "dismissal", story + "/screening/dismissals", null,
                body -> body.replace("transparent.superlative@body:219-260", finding.path("id").asText()));
        sender.review("community-manager", story, "approve");
        sender.send("community-manager-joris", "reportMiss", "miss", story + "/screening/misses", false);
        sender.transition("community-manager-joris", story, "claim");
        sender.review("community-manager-joris", story, "approve");
        sender.transition(manager, story, "schedule");
        sender.transition(manager, story, "withdraw");

        String second = "/stories/" + id(sender.send(editor, "createStory", "draft", "/stories", false));
        sender.send(editor, "updateStory", "revision", second, true);
        sender.transition(editor, second, "submit");
        sender.transition("community-manager", second, "claim");
        sender.review("community-manager", second, "request-changes");

        sender.send(editor, "withdrawConsent", "withdrawal", "/featured-people/" + person + "/consent-withdrawal", false);

        Set<String> unsent = new TreeSet<>();
        operations.values().forEach(o -> o.examples.keySet().stream().filter(name -> !sender.sent.contains(o.id + "/" + name))
                .forEach(name -> unsent.add(o.id + "/" + name)));
        assertEquals(Set.of(), unsent, "examples this test does not send yet: give each a step above");
    }

    /** Sends the document's examples as they are, each to the operation's path, and expects its documented success. */
    private final class Sender {
        final Map<String, Operation> operations;
        final Function<String, String> demoIds;
        final Set<String> sent = new TreeSet<>();

        Sender(Map<String, Operation> operations, Function<String, String> demoIds) {
            this.operations = operations;
            this.demoIds = demoIds;
        }

        /** With {@code ifMatch}, the ETag of the resource at the path goes in If-Match (as a PUT needs). */
        HttpResponse<String> send(String persona, String operationId, String example, String path, boolean ifMatch)
                throws IOException, InterruptedException {
            return send(persona, operationId, example, path, ifMatch ? path : null, Function.identity());
        }

        /** A workflow step on a story: If-Match carries the story's ETag. */
        void transition(String persona, String story, String example) throws IOException, InterruptedException {
            send(persona, "transitionStory", example, story + "/transitions", story, Function.identity());
        }

        void review(String persona, String story, String example) throws IOException, InterruptedException {
            send(persona, "reviewStory", example, story + "/reviews", story, Function.identity());
        }

        HttpResponse<String> send(String persona, String operationId, String example, String path, String versionOf,
                                  Function<String, String> fill) throws IOException, InterruptedException {
            Operation operation = operations.get(operationId);
            assertNotNull(operation, "the document has no operation " + operationId);
            JsonNode value = operation.examples.get(example);
            assertNotNull(value, operationId + " has no example " + example + "; it has " + operation.examples.keySet());
            String etag = versionOf == null ? null
                    : WorkingDayTest.this.send("GET", versionOf, persona, null, null).headers().firstValue("ETag").orElse(null);
            String body = fill.apply(demoIds.apply(json.writeValueAsString(value)));
            HttpResponse<String> response = WorkingDayTest.this.send(operation.method, path, persona, body, etag);
            assertEquals(operation.success, response.statusCode(), operationId + "/" + example + " as " + persona + " on "
                    + path + ":\n" + body + "\n-> " + response.body());
            sent.add(operationId + "/" + example);
            return response;
        }
    }

    private record Operation(String id, String method, String path, int success, Map<String, JsonNode> examples) {
    }

    /** Every operation of the document that takes a JSON body, with its first documented 2xx status and its examples. */
    private static Map<String, Operation> bodyOperations(JsonNode document) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (body.isMissingNode()) {
                return;
            }
            int success = 0;
            for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                if (code.startsWith("2") && (success == 0 || Integer.parseInt(code) < success)) {
                    success = Integer.parseInt(code);
                }
            }
            Map<String, JsonNode> examples = new LinkedHashMap<>();
            body.path("examples").fields().forEachRemaining(e -> examples.put(e.getKey(), e.getValue().path("value")));
            String id = operation.path("operationId").asText();
            operations.put(id, new Operation(id, entry.getKey().toUpperCase(), path.getKey(), success, examples));
        }));
        return operations;
    }

    private JsonNode firstFinding(String story) throws IOException, InterruptedException {
        HttpResponse<String> screening = send("GET", story + "/screening", "community-manager", null, null);
        assertEquals(200, screening.statusCode(), screening.body());
        JsonNode findings = json.readTree(screening.body()).path("findings");
        assertTrue(findings.size() > 0, "the example story has a finding to dismiss: " + screening.body());
        return findings.get(0);
    }

    private String idByName(String collection, String name) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", collection + "?limit=100", "campaign-manager", null, null);
        assertEquals(200, response.statusCode(), response.body());
        List<String> names = new ArrayList<>();
        for (JsonNode item : json.readTree(response.body()).path("items")) {
            if (item.path("name").asText().equals(name)) {
                return item.path("id").asText();
            }
            names.add(item.path("name").asText());
        }
        throw new AssertionError("the demo data has no " + collection + " named " + name + "; it has " + names);
    }

    private String id(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> send(String method, String path, String persona, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(product.api() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (persona != null) {
            request.header("Authorization", "Bearer " + product.token(persona));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
