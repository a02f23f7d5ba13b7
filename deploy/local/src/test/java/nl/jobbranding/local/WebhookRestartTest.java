package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.jobbranding.runtime.DevTokenEndpoint;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.LocalPostgres;
import nl.jobbranding.runtime.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * content-service really killed (SIGKILL, no shutdown) in the middle of a webhook delivery, while the receiver holds
 * the request open, and started again on its database: every event arrives, the one cut off again with the same
 * webhook-id, and campaign-service's events committed while content-service was down follow too (content-service
 * kept its position in campaign-service's feed). The services run as processes on a PostgreSQL of their own, as the
 * run command starts them ({@link Launcher#environment}), with content-service's delivery timing shortened: a delivery
 * waits 15 s for an answer and a claim lasts 20 s.
 */
class WebhookRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final List<String> TYPES = List.of("campaign.created", "campaign.changed", "series.created",
            "series.changed", "story.submitted", "story.claimed", "story.released");

    private final Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "webhook-restart-" + UUID.randomUUID());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final DevTokens tokens = DevTokens.forTests();
    private final List<AutoCloseable> running = new ArrayList<>();
    private final String manager = bearer("restart-campaign-manager", "campaign-manager", null);
    private final String reviewer = bearer("restart-community-manager", "community-manager", null);

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    void contentServiceKilledInTheMiddleOfADeliveryLosesNothingAndRepeatsOnlyWithTheSameWebhookId() throws Exception {
        LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), RunningProduct.freePort(), true);
        running.add(postgres);
        DevTokenEndpoint tokenEndpoint = DevTokenEndpoint.start(tokens, Duration.ofMinutes(15));
        running.add(tokenEndpoint);
        Receiver receiver = new Receiver();
        running.add(receiver);
        int campaignPort = RunningProduct.freePort();
        int contentPort = RunningProduct.freePort();
        ServiceProcess campaignService = start("campaign-service", campaignPort, environment("campaign-service", postgres,
                tokenEndpoint, campaignPort, contentPort));
        Map<String, String> contentEnvironment = environment("content-service", postgres, tokenEndpoint, campaignPort, contentPort);
        ServiceProcess contentService = start("content-service", contentPort, contentEnvironment);
        String campaign = campaignService.baseUrl() + "/api/v1";
        String content = contentService.baseUrl() + "/api/v1";

        // The receiver holds the first delivery open; content-service waits for its answer.
        receiver.holdFirst();
        send("POST", content + "/webhook-subscriptions", manager, null, Map.of("url", receiver.url(), "eventTypes", TYPES))
                .expect(201);
        Setting setting = setting(campaign);
        List<String> stories = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stories.add(submittedStory(content, setting));
        }
        assertTrue(receiver.held.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "a delivery reached the receiver");
        JsonNode cutOff = json.readTree(receiver.heldBody);

        contentService.kill();
        assertFalse(contentService.isAlive());
        // Meanwhile campaign-service goes on: the series is paused while content-service is down.
        changeSeriesStatus(campaign, setting, "paused");

        contentService = start("content-service", contentPort, contentEnvironment);
        String first = stories.get(0);
        transition(content, first, reviewer, "claim");
        transition(content, first, reviewer, "release");

        // Every event of the subscribed types, as the feeds list them in commit order.
        List<JsonNode> expected = new ArrayList<>();
        expected.addAll(feed(campaign + "/campaign-events"));
        expected.addAll(feed(content + "/events"));
        expected.removeIf(event -> !TYPES.contains(event.path("type").asText()));
        // campaign created and activated, series created and paused; three stories submitted, one claimed and released.
        assertEquals(4 + 5, expected.size(), "events: " + expected);
        Set<String> expectedIds = new LinkedHashSet<>();
        expected.forEach(event -> expectedIds.add(event.path("id").asText()));

        Instant deadline = Instant.now().plus(PATIENCE);
        while (!receiver.answeredIds().containsAll(expectedIds) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(expectedIds, receiver.answeredIds(), "every event arrives, and nothing else");
        assertTrue(expectedIds.contains(cutOff.path("id").asText()), "the delivery cut off is one of them: " + cutOff);
        // A repeated delivery is the same event: the same webhook-id and the same body.
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(cutOff.path("id").asText(), receiver.heldBody);
        for (Receiver.Received received : receiver.answered) {
            String before = bodies.putIfAbsent(received.id(), received.body());
            assertTrue(before == null || before.equals(received.body()), "the same body under one webhook-id: " + received.id());
            assertEquals(received.id(), json.readTree(received.body()).path("id").asText());
        }
        // In order per subject: the order in which each story, series and campaign's events first arrived.
        for (String subject : expected.stream().map(WebhookRestartTest::subject).distinct().toList()) {
            List<String> sent = expected.stream().filter(e -> subject(e).equals(subject)).map(e -> e.path("id").asText()).toList();
            List<String> arrived = receiver.answered.stream().map(r -> r.id()).distinct().filter(sent::contains).toList();
            assertEquals(sent, arrived, "order of " + subject);
        }
        int requests = receiver.answered.size() + 1;
        System.out.printf(Locale.ROOT, "%n%d events delivered after a kill in the middle of a delivery: %d requests "
                + "received (the one cut off included), %d of them repeats with the same webhook-id%n%n", expectedIds.size(),
                requests, requests - expectedIds.size());
    }

    private Map<String, String> environment(String module, LocalPostgres postgres, DevTokenEndpoint tokenEndpoint,
                                            int campaignPort, int contentPort) throws IOException {
        Map<String, String> environment = Launcher.environment(module, tokens, tokenEndpoint, campaignPort, contentPort,
                Files.createDirectories(dataDir.resolve("tokens")));
        String database = module.replace("-service", "");
        postgres.ensureDatabase(database);
        environment.putAll(ServiceProcess.datasource(postgres, database));
        if (module.equals("content-service")) {
            environment.put("CONTENT_WEBHOOKS_TIMEOUT", "PT15S");
            environment.put("CONTENT_WEBHOOKS_CLAIM_DURATION", "PT20S");
            environment.put("CONTENT_WEBHOOKS_FIRST_RETRY_DELAY", "PT1S");
            environment.put("CONTENT_WEBHOOKS_MAX_RETRY_DELAY", "PT2S");
        }
        return environment;
    }

    private ServiceProcess start(String module, int port, Map<String, String> environment) throws InterruptedException {
        ServiceProcess process = ServiceProcess.start(Path.of(System.getProperty("project.root")), module, port, environment,
                dataDir.resolve("logs").resolve(module + "-" + System.nanoTime() + ".log"), Launcher.serviceJvmOptions(Path.of(System.getProperty("project.root")), module));
        running.add(process);
        return process.awaitReady(Duration.ofMinutes(3));
    }

    // --- the data: a campaign with a series, and stories submitted to it ---

    private record Setting(String campaignId, String seriesId, String unitCode, List<String> channels) {
    }

    private Setting setting(String campaign) throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        List<String> channels = List.of("kanaal-a" + suffix.toLowerCase(Locale.ROOT), "kanaal-b" + suffix.toLowerCase(Locale.ROOT));
        for (String channel : channels) {
            send("POST", campaign + "/channels", manager, null, Map.of("code", channel, "name", "Kanaal " + channel,
                    "audience", Map.of("description", "Professionals.", "tone", "Zakelijk.", "formats", List.of("text-post"),
                            "maxLength", 3000, "hashtagPolicy", "optional", "maxHashtags", 3, "languageLevel", "B1"))).expect(201);
        }
        String unit = "R" + suffix;
        send("POST", campaign + "/units", manager, null, Map.of("code", unit, "name", "Dienst " + unit,
                "description", "Een rijksonderdeel.", "sensitive", false,
                "contact", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl"))).expect(201);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Campagne " + suffix, "tagline", "Zie wat wij doen",
                "startDate", "2026-01-01", "endDate", "2027-12-31", "channels", channels, "targetGroups", List.of()));
        String campaignId = send("POST", campaign + "/campaigns", manager, null, body).expect(201).body().path("id").asText();
        body.put("status", "active");
        send("PUT", campaign + "/campaigns/" + campaignId, manager, "\"0\"", body).expect(200);
        String seriesId = send("POST", campaign + "/series", manager, null, seriesBody(campaignId, unit, channels, "Serie " + suffix,
                "active")).expect(201).body().path("id").asText();
        return new Setting(campaignId, seriesId, unit, channels);
    }

    private static Map<String, Object> seriesBody(String campaignId, String unit, List<String> channels, String name, String status) {
        return Map.of("campaignId", campaignId, "unitCode", unit, "name", name, "format", "text-post", "channels", channels,
                "targetGroups", List.of(), "storiesPerMonth", 2, "status", status);
    }

    private void changeSeriesStatus(String campaign, Setting setting, String status) throws Exception {
        Answer current = send("GET", campaign + "/series/" + setting.seriesId(), manager, null, null).expect(200);
        send("PUT", campaign + "/series/" + setting.seriesId(), manager, current.etag(), seriesBody(setting.campaignId(),
                setting.unitCode(), setting.channels(), current.body().path("name").asText(), status)).expect(200);
    }

    private String submittedStory(String content, Setting setting) throws Exception {
        String editor = bearer("restart-editor-" + setting.unitCode(), "unit-editor", setting.unitCode());
        Map<String, Object> story = Map.of("seriesId", setting.seriesId(), "unitCode", setting.unitCode(), "content", Map.of(
                "title", "Een nachtdienst", "summary", "Een dag uit het werk.", "body", "Om tien uur begint mijn dienst.",
                "bodyFormat", "markdown", "language", "nl", "channels", setting.channels(),
                "author", Map.of("name", "Sanne", "pseudonym", true, "role", "Inrichtingswerker"),
                "contactPerson", Map.of("name", "Team Werken bij", "email", "werkenbij@example.nl")));
        String id = send("POST", content + "/stories", editor, null, story).expect(201).body().path("id").asText();
        transition(content, id, editor, "submit");
        return id;
    }

    private void transition(String content, String story, String token, String action) throws Exception {
        String etag = send("GET", content + "/stories/" + story, token, null, null).expect(200).etag();
        send("POST", content + "/stories/" + story + "/transitions", token, etag, Map.of("action", action)).expect(200);
    }

    /** Every event of a feed, from its start. */
    private List<JsonNode> feed(String url) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = send("GET", url + "?limit=100&after=" + after, manager, null, null).expect(200).body();
            page.path("items").forEach(events::add);
            after = page.path("after").asText();
            if (page.path("_links").path("next").isMissingNode() || page.path("_links").path("next").isNull()) {
                return events;
            }
        }
    }

    private static String subject(JsonNode event) {
        JsonNode data = event.path("data");
        return data.has("storyId") ? data.path("storyId").asText()
                : event.path("type").asText().startsWith("series.") ? data.path("seriesId").asText() : data.path("campaignId").asText();
    }

    // --- HTTP ---

    private String bearer(String subject, String role, String unit) {
        return "Bearer " + tokens.token(subject, subject, List.of(role), unit, Duration.ofHours(1));
    }

    private record Answer(int status, JsonNode body, String etag, String raw) {

        Answer expect(int wanted) {
            assertEquals(wanted, status, raw);
            return this;
        }
    }

    private Answer send(String method, String url, String token, String ifMatch, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", token).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        return new Answer(response.statusCode(), parsed, response.headers().firstValue("ETag").orElse(null),
                method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    /**
     * A webhook receiver on a loopback port (the JDK's HTTP server): answers 204 and keeps what it answered; told to,
     * it holds the first request it gets open, without an answer, until it is closed.
     */
    private static final class Receiver implements AutoCloseable {

        record Received(String id, String body) {
        }

        final List<Received> answered = new CopyOnWriteArrayList<>();
        final CountDownLatch held = new CountDownLatch(1);
        volatile String heldBody;
        private final AtomicBoolean hold = new AtomicBoolean();
        private final CountDownLatch release = new CountDownLatch(1);
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/hooks", this::handle);
            server.setExecutor(threads);
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/hooks/job-branding";
        }

        void holdFirst() {
            hold.set(true);
        }

        Set<String> answeredIds() {
            Set<String> ids = new LinkedHashSet<>();
            answered.forEach(r -> ids.add(r.id()));
            return ids;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if (hold.compareAndSet(true, false)) {
                    heldBody = body;
                    held.countDown();
                    release.await();
                    return;
                }
                answered.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), body));
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            release.countDown();
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
