package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.jobbranding.runtime.ApiDesignRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API as a newcomer meets it, against the product the run command starts (launcher, services, PostgreSQL, demo
 * data), through the gateway only: every whole-request example of the gateway's API document works when sent as it
 * is, with only the ids of the demo data's resources filled in by name; every validation error shows a value that
 * would be accepted; README's working day runs as written; the answers a newcomer needs the first time; and a
 * TypeScript client generated from the document compiles strictly, with every example typed by it. The tests share one product and run in order: the examples first, on the demo data as it is
 * loaded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
    void everyRequestExampleOfTheApiDocumentWorksAsSent() throws Exception {
        JsonNode document = json.readTree(send("GET", "/openapi.json", null, null, null).body());
        Map<String, Operation> operations = bodyOperations(document);
        List<String> withoutExamples = operations.values().stream().filter(o -> o.examples.isEmpty())
                .map(o -> o.method + " " + o.path).sorted().toList();
        assertEquals(List.of(), withoutExamples, "operations that take a body but have no whole-request example");

        String werkenVoorNederland = idByName("/campaigns", "Werken voor Nederland");
        String digitaleOverheid = idByName("/campaigns", "Digitale overheid 2027");
        String wordtVervolgd = idByName("/series", "Wordt vervolgd");
        Sender sender = new Sender(operations, demoIds());

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
        sender.transition(manager, story, "unschedule");
        sender.transition(manager, story, "publish");
        sender.send("community-manager", "recordPost", "linkedin", story + "/posts", null, Function.identity());
        // A typo fixed after publication: the published text stays live while the correction waits for its one review.
        sender.send(editor, "updateStory", "revision", story, story,
                body -> body.replace("Een dag op de parketpost", "Een dag op de parketpost in Utrecht"));
        sender.transition(editor, story, "submit-minor-correction");
        sender.transition(manager, story, "withdraw");
        String task = "/takedown-tasks/" + json.readTree(send("GET", "/takedown-tasks?limit=100", "community-manager", null, null)
                .body()).path("items").findParents("storyId").stream()
                .filter(t -> story.endsWith(t.path("storyId").asText())).findFirst().orElseThrow().path("id").asText();
        sender.send("community-manager", "confirmTakedown", "now", task + "/confirmation", task, Function.identity());

        String second = "/stories/" + id(sender.send(editor, "createStory", "draft", "/stories", false));
        sender.send(editor, "updateStory", "revision", second, true);
        sender.transition(editor, second, "submit");
        sender.transition("community-manager", second, "claim");
        sender.review("community-manager", second, "request-changes");
        // The unit disputes the request for changes; a campaign manager (not the one who decided) overturns it.
        String review = json.readTree(send("GET", second + "/reviews", editor, null, null).body()).path("items").path(0).path("id").asText();
        String appeal = second + "/appeals/" + id(sender.send(editor, "appealDecision", "appeal", second + "/appeals", null,
                body -> body.replace("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c", review)));
        sender.send(manager, "decideAppeal", "overturn", appeal + "/decision", appeal, Function.identity());
        // Back in the queue beside a third story: another community manager claims both in one request.
        String third = "/stories/" + id(sender.send(editor, "createStory", "draft", "/stories", false));
        sender.transition(editor, third, "submit");
        String secondVersion = version(second);
        String thirdVersion = version(third);
        JsonNode bulk = json.readTree(sender.send("community-manager-joris", "decideInBulk", "claim", "/bulk-decisions", null,
                body -> body.replace("\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"version\":4",
                                "\"" + second.substring("/stories/".length()) + "\",\"version\":" + secondVersion)
                        .replace("\"0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d\",\"version\":3",
                                "\"" + third.substring("/stories/".length()) + "\",\"version\":" + thirdVersion)).body());
        assertEquals(2, bulk.path("done").asInt(), bulk.toString());

        // A community manager asks OM for a story; the unit accepts and links the third story to it.
        String request = "/story-requests/" + id(sender.send("community-manager", "createStoryRequest", "for-a-series",
                "/story-requests", false));
        sender.send(editor, "decideStoryRequest", "accept", request + "/decision", request, Function.identity());
        sender.send(editor, "fulfilStoryRequest", "link", request + "/fulfilment", request,
                body -> body.replace("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", third.substring("/stories/".length())));

        sender.send(editor, "changeConsent", "narrow", "/featured-people/" + person + "/consent-change",
                "/featured-people/" + person, Function.identity());
        sender.send(editor, "withdrawConsent", "withdrawal", "/featured-people/" + person + "/consent-withdrawal", false);

        String subscription = "/webhook-subscriptions/" + id(sender.send(manager, "createWebhookSubscription", "website",
                "/webhook-subscriptions", false));
        sender.send(manager, "updateWebhookSubscription", "pause", subscription, true);

        Set<String> unsent = new TreeSet<>();
        operations.values().forEach(o -> o.examples.keySet().stream().filter(name -> !sender.sent.contains(o.id + "/" + name))
                .forEach(name -> unsent.add(o.id + "/" + name)));
        assertEquals(Set.of(), unsent, "examples this test does not send yet: give each a step above");
    }

    /**
     * Walks the validation rules of every operation that takes a body: each field of its first example made empty, of
     * another type, or absent, and a field the body does not have. Every 400 names each field and shows a value it
     * would accept (an example, the allowed values, or the fields there are).
     */
    @Test
    @Order(2)
    void everyValidationErrorShowsAValueThatWouldBeAccepted() throws Exception {
        JsonNode document = json.readTree(send("GET", "/openapi.json", null, null, null).body());
        List<String> unhelpful = new ArrayList<>();
        int refused = 0;
        Function<String, String> demoIds = demoIds();
        for (Operation operation : bodyOperations(document).values()) {
            JsonNode example = operation.examples.values().iterator().next();
            String path = operation.path.replaceAll("\\{[a-zA-Z]*Id}", "0192f0c4-0000-7000-8000-000000000000")
                    .replace("{number}", "1").replaceAll("\\{[a-zA-Z]*}", "linkedin");
            String persona = persona(operation);
            for (String variant : variants(example)) {
                HttpResponse<String> response = send(operation.method, path, persona, demoIds.apply(variant), null);
                assertTrue(response.statusCode() < 500, operation.id + " " + variant + " -> " + response.body());
                if (response.statusCode() != 400) {
                    continue;
                }
                refused++;
                JsonNode problem = json.readTree(response.body());
                if (problem.path("invalidParams").isEmpty()) {
                    unhelpful.add(operation.id + ": " + problem.path("detail").asText() + "   <- " + variant);
                }
                for (JsonNode param : problem.path("invalidParams")) {
                    String reason = param.path("reason").asText();
                    if (!ACCEPTED_VALUE.matcher(reason).find()) {
                        unhelpful.add(operation.id + " " + param.path("name").asText() + ": " + reason + "   <- " + variant);
                    }
                }
            }
        }
        System.out.printf("%n%d invalid bodies refused with 400, %d reasons without a value that would be accepted%n%n",
                refused, unhelpful.size());
        assertTrue(refused > 100, "the walk refused " + refused + " bodies");
        assertEquals(List.of(), unhelpful, "reasons that show no accepted value");
    }

    /**
     * README's "A working day", run as written: its bash block, with bash and curl, against this product (only the
     * gateway's address and the tokens' folder are given, as the variables the block reads).
     */
    @Test
    @Order(3)
    void theReadmeWorkingDayRunsAsWritten() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("project.root"), "README.md"));
        Matcher block = Pattern.compile("## A working day\n.*?```bash\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README has a section 'A working day' with a bash block");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block.group(1)).redirectErrorStream(true);
        bash.environment().put("API", product.api());
        bash.environment().put("TOKENS", product.tokens().toString());
        Process process = bash.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the working day ends");
        System.out.printf("%nREADME's working day printed:%n%s%n", output);
        assertEquals(0, process.exitValue(), output);
        assertEquals(List.of("submitted", "approve", "scheduled"),
                output.lines().filter(l -> l.matches("[a-z-]+")).toList(), output);
        assertTrue(output.contains("\"allowedDecisions\":[\"approve\",\"request-changes\",\"reject\"]"), output);
        assertTrue(output.lines().anyMatch(l -> l.startsWith("Een nacht op de brug (")), output);
    }

    /**
     * What a newcomer needs to get right the first time: the valid channel codes, unknown fields named, a timestamp
     * shown where one is wanted, transitions apart from decisions, the version in the queue, the values to review
     * against in the moderation overview, and the role checked before the version.
     */
    @Test
    @Order(4)
    void theApiSaysOnTheFirstTryWhatWouldWork() throws Exception {
        Function<String, String> demoIds = demoIds();
        JsonNode document = json.readTree(send("GET", "/openapi.json", null, null, null).body());
        com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                demoIds.apply(json.writeValueAsString(bodyOperations(document).get("createStory").examples.get("draft"))));
        String editor = "unit-editor-OM";

        com.fasterxml.jackson.databind.node.ObjectNode offChannel = draft.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) offChannel.path("content").path("channels")).add("tiktok");
        JsonNode unknownChannel = json.readTree(send("POST", "/screenings", editor, json.writeValueAsString(offChannel), null).body());
        assertEquals("content.channels[2]", unknownChannel.path("invalidParams").path(0).path("name").asText(), unknownChannel.toString());
        assertTrue(unknownChannel.path("invalidParams").path(0).path("reason").asText()
                .contains("the channels are: blog, instagram, jobboard, linkedin"), unknownChannel.toString());

        HttpResponse<String> person = send("POST", "/featured-people", editor, "{\"unitCode\": \"OM\", \"name\": \"Noor\", "
                + "\"consentScope\": \"Voornaam in verhalen op LinkedIn.\", \"channels\": [\"linkedin\"], "
                + "\"givenOn\": \"" + java.time.LocalDate.now().minusDays(1) + "\", \"validUntil\": \""
                + java.time.LocalDate.now().plusYears(1) + "\"}", null);
        assertEquals(201, person.statusCode(), person.body());
        com.fasterxml.jackson.databind.node.ObjectNode early = draft.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) early.path("content").path("channels")).add("instagram");
        ((com.fasterxml.jackson.databind.node.ArrayNode) early.path("content").path("featuredPeople")).add(id(person));
        HttpResponse<String> screened = send("POST", "/screenings", editor, json.writeValueAsString(early), null);
        assertEquals(200, screened.statusCode(), screened.body());
        List<String> warnings = new ArrayList<>();
        json.readTree(screened.body()).path("findings").forEach(f -> warnings.add(f.path("rule").asText() + " " + f.path("field").asText()
                + " " + f.path("severity").asText()));
        assertTrue(warnings.contains("channel-fit.outside-series channels[2] warn"), "said while writing: " + warnings);
        assertTrue(warnings.contains("careful.consent featuredPeople[0] warn"), "said while writing: " + warnings);

        HttpResponse<String> created = send("POST", "/stories", editor, json.writeValueAsString(draft), null);
        assertEquals(201, created.statusCode(), created.body());
        String story = "/stories/" + id(created);
        JsonNode draftStory = json.readTree(created.body());
        assertEquals("[\"submit\"]", draftStory.path("allowedTransitions").toString());
        assertEquals("[]", draftStory.path("allowedDecisions").toString());
        assertEquals("[\"revise\",\"submit\",\"delete\"]", draftStory.path("allowedActions").toString(), "kept, deprecated");

        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unknownField = send("POST", story + "/transitions", editor, "{\"action\": \"submit\", \"when\": \"nu\"}", etag);
        assertEquals(400, unknownField.statusCode(), unknownField.body());
        assertEquals("when", json.readTree(unknownField.body()).path("invalidParams").path(0).path("name").asText(), unknownField.body());
        assertEquals(200, send("POST", story + "/transitions", editor, "{\"action\": \"submit\"}", etag).statusCode());

        String reviewer = "community-manager";
        String storyId = story.substring("/stories/".length());
        JsonNode queued = null;
        for (JsonNode item : json.readTree(send("GET", "/moderation-queue?limit=100", reviewer, null, null).body()).path("items")) {
            if (item.path("storyId").asText().equals(storyId)) {
                queued = item;
            }
        }
        assertNotNull(queued, "the submitted story is in the queue");
        String current = send("GET", story, reviewer, null, null).headers().firstValue("ETag").orElseThrow();
        assertEquals(current, "\"" + queued.path("version").asLong() + "\"", "a queue item carries the story's version");

        JsonNode overview = json.readTree(send("GET", "/moderation-overview?limit=100", reviewer, null, null).body());
        JsonNode values = null;
        for (JsonNode item : overview.path("items")) {
            if (item.path("story").path("storyId").asText().equals(storyId)) {
                values = item.path("values");
            }
        }
        assertNotNull(values, overview.toString());
        List<String> codes = new ArrayList<>();
        values.forEach(v -> {
            codes.add(v.path("code").asText());
            assertTrue(v.path("guidance").asText().length() > 10, "guidance for " + v);
        });
        assertEquals(List.of("careful", "just", "cost-conscious", "transparent", "inclusive"), codes);

        HttpResponse<String> notAnEditorsStep = send("POST", story + "/transitions", editor, "{\"action\": \"claim\"}", "\"1\"");
        assertEquals(403, notAnEditorsStep.statusCode(), "the role before the version: " + notAnEditorsStep.body());

        HttpResponse<String> claimed = send("POST", story + "/transitions", reviewer, "{\"action\": \"claim\"}",
                "\"" + queued.path("version").asLong() + "\"");
        assertEquals(200, claimed.statusCode(), claimed.body());
        JsonNode inReview = json.readTree(claimed.body());
        assertEquals("[\"claim\",\"release\"]", inReview.path("allowedTransitions").toString());
        assertEquals("[\"approve\",\"request-changes\",\"reject\"]", inReview.path("allowedDecisions").toString());

        HttpResponse<String> dateForTimestamp = send("POST", story + "/transitions", reviewer,
                "{\"action\": \"schedule\", \"publishAt\": \"2026-12-01\"}", claimed.headers().firstValue("ETag").orElseThrow());
        assertEquals(400, dateForTimestamp.statusCode(), dateForTimestamp.body());
        JsonNode publishAt = json.readTree(dateForTimestamp.body()).path("invalidParams").path(0);
        assertEquals("publishAt", publishAt.path("name").asText());
        assertTrue(publishAt.path("reason").asText().contains("2026-12-01T07:00:00Z"), publishAt.toString());
    }

    /**
     * A TypeScript client (openapi-typescript, pinned in .ci/ts-client) generated from the gateway's document compiles
     * with {@code tsc --strict}, and every request example of the document type-checks against its operation's body
     * type, as a frontend would write it. Like the API-rules check: run where npm exists, always with CI=true.
     */
    @Test
    @Order(5)
    void aTypeScriptClientFromTheGatewaysDocumentCompilesStrictly() throws Exception {
        Assumptions.assumeTrue(ApiDesignRules.available(), "TYPESCRIPT CLIENT NOT CHECKED: it needs Node.js and npm, "
                + "which this machine lacks (CI always checks)");
        Path tools = Path.of(System.getProperty("project.root"), ".ci", "ts-client");
        if (!Files.isDirectory(tools.resolve("node_modules"))) {
            run(tools, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        }
        Path out = Files.createDirectories(Path.of("target", "ts-client")).toAbsolutePath();
        String document = send("GET", "/openapi.json", null, null, null).body();
        Files.writeString(out.resolve("openapi.json"), document);
        run(out, tools.resolve("node_modules/.bin/openapi-typescript").toString(), "openapi.json", "-o", "api.ts");

        StringBuilder examples = new StringBuilder("import type { paths } from \"./api\";\n\n");
        int count = 0;
        for (Operation operation : bodyOperations(json.readTree(document)).values()) {
            for (Map.Entry<String, JsonNode> example : operation.examples.entrySet()) {
                examples.append("export const example").append(++count).append(": NonNullable<paths[\"").append(operation.path)
                        .append("\"][\"").append(operation.method.toLowerCase()).append("\"][\"requestBody\"]>[\"content\"]")
                        .append("[\"application/json\"] = ").append(json.writeValueAsString(example.getValue()))
                        .append("; // ").append(operation.id).append(" ").append(example.getKey()).append("\n");
            }
        }
        Files.writeString(out.resolve("examples.ts"), examples);
        Set<String> answers = answerOnlySchemas(json.readTree(document));
        Files.writeString(out.resolve("answers.ts"), strictAnswers(answers));
        run(out, tools.resolve("node_modules/.bin/tsc").toString(), "--strict", "--noEmit", "--target", "es2022",
                "--module", "esnext", "--moduleResolution", "bundler", "api.ts", "examples.ts", "answers.ts");
        System.out.printf("%nThe TypeScript client compiles with --strict; %d request examples type-check against it; "
                + "no field of the %d answer schemas is optional but those left out when null%n%n", count, answers.size());
    }

    /**
     * Fields of answers that are left out when they have no value (the records written without their null components);
     * every other field of a schema only answers use must be required, so that a client need not test for it.
     */
    private static final Map<String, String> LEFT_OUT_WHEN_EMPTY = Map.of(
            "Problem", "\"detail\" | \"invalidParams\"",
            "PageLinks", "\"next\"",
            "BulkDecisionItemResult", "\"state\" | \"version\" | \"reviewId\" | \"problem\"",
            "ScreeningFeedbackItem", "\"campaignId\" | \"rule\" | \"findingId\" | \"missId\"");

    /** A type check per answer schema that fails to compile when one of its fields is optional in the client. */
    private static String strictAnswers(Set<String> schemas) {
        StringBuilder checks = new StringBuilder("import type { components } from \"./api\";\n\n")
                .append("type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];\n")
                .append("type AllRequired<T, LeftOut = never> = [Exclude<OptionalKeys<T>, LeftOut>] extends [never] ? true\n")
                .append("    : { optionalInAnAnswer: Exclude<OptionalKeys<T>, LeftOut> };\n\n");
        for (String name : schemas) {
            checks.append("export const required").append(name.replaceAll("[^A-Za-z0-9]", "_"))
                    .append(": AllRequired<components[\"schemas\"][\"").append(name).append("\"]")
                    .append(LEFT_OUT_WHEN_EMPTY.containsKey(name) ? ", " + LEFT_OUT_WHEN_EMPTY.get(name) : "")
                    .append("> = true;\n");
        }
        return checks.toString();
    }

    /** The object schemas answers use (directly or inside others) and no request body does. */
    private static Set<String> answerOnlySchemas(JsonNode document) {
        List<JsonNode> answers = new ArrayList<>();
        List<JsonNode> requests = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(operation -> {
            operation.path("requestBody").path("content").forEach(media -> requests.add(media.path("schema")));
            operation.path("responses").forEach(response -> response.path("content").forEach(media -> answers.add(media.path("schema"))));
        }));
        Set<String> answered = referenced(document, answers);
        answered.removeAll(referenced(document, requests));
        answered.removeIf(name -> document.path("components").path("schemas").path(name).path("properties").isEmpty());
        return answered;
    }

    private static Set<String> referenced(JsonNode document, List<JsonNode> roots) {
        Set<String> names = new TreeSet<>();
        List<JsonNode> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            JsonNode node = todo.remove(todo.size() - 1);
            String ref = node.path("$ref").asText("");
            if (ref.startsWith("#/components/schemas/") && names.add(ref.substring("#/components/schemas/".length()))) {
                todo.add(document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length())));
            }
            if (node.isContainerNode()) {
                node.forEach(todo::add);
            }
        }
        return names;
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " ends");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " in " + directory + ":\n" + output);
    }

    /** How a reason shows what would be accepted. */
    private static final Pattern ACCEPTED_VALUE =
            Pattern.compile("for example|one of|such as|its fields are|with the fields|the channels are|between|at most|at least|cannot be changed; it is '");

    private static String persona(Operation operation) {
        if (operation.path.matches("/(campaigns|channels|series|target-groups|units|webhook-subscriptions)(/.*)?")) {
            return "campaign-manager";
        }
        if (operation.path.contains("/reviews") || operation.path.contains("/screening/")
                || operation.path.equals("/story-requests")) {
            return "community-manager";
        }
        return "unit-editor-OM";
    }

    /** The example with, one at a time, each field (also nested) empty, of another type, absent; and an unknown field. */
    private List<String> variants(JsonNode example) throws IOException {
        List<String> variants = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ObjectNode unknown = example.deepCopy();
        unknown.put("colour", "oranje");
        variants.add(json.writeValueAsString(unknown));
        collectVariants(example, example, new ArrayList<>(), variants);
        return variants;
    }

    private void collectVariants(JsonNode root, JsonNode node, List<Object> at, List<String> variants) throws IOException {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode value = node.get(name);
            List<JsonNode> replacements = new ArrayList<>();
            replacements.add(null); // absent
            replacements.add(value.isTextual() ? json.getNodeFactory().textNode("") : json.getNodeFactory().arrayNode());
            replacements.add(value.isTextual() || value.isArray() ? json.getNodeFactory().objectNode().put("x", 1)
                    : json.getNodeFactory().textNode("veel"));
            if (value.isNumber()) {
                replacements.add(json.getNodeFactory().numberNode(-1));
            }
            for (JsonNode replacement : replacements) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = root.deepCopy();
                com.fasterxml.jackson.databind.node.ObjectNode parent = copy;
                for (Object step : at) {
                    parent = (com.fasterxml.jackson.databind.node.ObjectNode) (step instanceof Integer i ? parent.get(i) : parent.get((String) step));
                }
                if (replacement == null) {
                    parent.remove(name);
                } else {
                    parent.set(name, replacement);
                }
                variants.add(json.writeValueAsString(copy));
            }
            if (value.isObject()) {
                List<Object> deeper = new ArrayList<>(at);
                deeper.add(name);
                collectVariants(root, value, deeper, variants);
            }
        }
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

    /** Puts the ids of the demo data's resources in place of the ids the examples use. */
    private Function<String, String> demoIds() throws IOException, InterruptedException {
        String werkenVoorNederland = idByName("/campaigns", "Werken voor Nederland");
        String wordtVervolgd = idByName("/series", "Wordt vervolgd");
        return body -> body.replace(CAMPAIGN_WERKEN_VOOR_NEDERLAND, werkenVoorNederland).replace(SERIES_WORDT_VERVOLGD, wordtVervolgd);
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

    /** The story's version: the number in its ETag. */
    private String version(String story) throws IOException, InterruptedException {
        return send("GET", story, "community-manager", null, null).headers().firstValue("ETag").orElseThrow().replace("\"", "");
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
