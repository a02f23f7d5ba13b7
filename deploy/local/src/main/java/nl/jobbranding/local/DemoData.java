package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.jobbranding.runtime.DevTokens;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads demo data through the services' own public APIs, so that demo data obeys every rule a user's data does.
 * Each service may have a file {@code /demo/<service>.json}: a list of steps {@code {"method", "path", "body", "save"}}.
 * A step that saves a name keeps the created resource's id; later steps, also in later services' files, use it as
 * {@code {name}} in paths and bodies (so content-service's stories can name the series campaign-service created).
 * Dates are written relative to the day of loading, {@code {today+45d}} or {@code {today-30d}} (an ISO date, UTC), so
 * a story scheduled in the demo is in the future whenever the product is first started.
 * A PUT first reads the resource to send its ETag in If-Match; so does a step with {@code "ifMatch"}, the path of the
 * resource whose ETag it sends (a story, for its workflow transitions and reviews).
 * <p>
 * Every step is sent with a development token: a campaign manager's, or the persona named in {@code "as"}, written
 * {@code role:who}: {@code unit-editor:DJI} is an editor of unit DJI, {@code community-manager:fatima} a community
 * manager called Fatima.
 */
final class DemoData {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    private static final Pattern RELATIVE_DATE = Pattern.compile("\\{today([+-]\\d{1,4})d}");

    private static final String DEFAULT_PERSONA = Personas.CAMPAIGN_MANAGER;

    private final HttpClient http;
    private final DevTokens tokens;
    private final Map<String, String> tokenOf = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> saved = new HashMap<>();
    private final Clock clock;

    DemoData(HttpClient http, DevTokens tokens) {
        this(http, tokens, Clock.systemUTC());
    }

    DemoData(HttpClient http, DevTokens tokens, Clock clock) {
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The product holds no data yet when campaign-service, where every story's campaign starts, answers that it has no
     * campaign. Anything but a clear answer (an error status, a body without a list) is an error, never "empty": loading
     * the demo data into a product that holds data would fail half-way.
     */
    boolean productIsEmpty(String campaignServiceUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(campaignServiceUrl + "/api/v1/campaigns?limit=1"))
                .header("Authorization", "Bearer " + token(DEFAULT_PERSONA)).GET());
        JsonNode items = response.statusCode() == 200 ? json.readTree(response.body()).path("items") : null;
        if (items == null || !items.isArray()) {
            throw new IOException("campaign-service answered " + response.statusCode()
                    + " when asked whether it holds campaigns, so it is unclear whether demo data is wanted: " + response.body());
        }
        return items.isEmpty();
    }

    /** Loads {@code /demo/<service>.json} into the service at {@code baseUrl}, when that file exists. */
    void load(String service, String baseUrl) throws IOException, InterruptedException {
        JsonNode steps;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + service + ".json")) {
            if (in == null) {
                return;
            }
            steps = json.readTree(in);
        }
        int count = 0;
        for (JsonNode step : steps) {
            String method = step.path("method").asText();
            String path = fill(step.path("path").asText());
            String body = fill(json.writeValueAsString(step.path("body")));
            String token = token(step.path("as").asText(DEFAULT_PERSONA));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            String versioned = method.equals("PUT") ? path : step.hasNonNull("ifMatch") ? fill(step.get("ifMatch").asText()) : null;
            if (versioned != null) {
                HttpResponse<String> current = send(HttpRequest.newBuilder(URI.create(baseUrl + versioned))
                        .header("Authorization", "Bearer " + token).GET());
                current.headers().firstValue("ETag").ifPresent(tag -> request.header("If-Match", tag));
            }
            HttpResponse<String> response = send(request);
            if (response.statusCode() >= 300) {
                throw new IOException("Demo step " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (step.hasNonNull("save")) {
                saved.put(step.get("save").asText(), json.readTree(response.body()).path("id").asText());
            }
            count++;
        }
        System.out.println("[run] Loaded " + count + " demo records into " + service);
    }

    private String token(String persona) {
        return tokenOf.computeIfAbsent(persona, p -> Personas.token(tokens, p, Duration.ofHours(1)));
    }

    /** The text with relative dates and saved names filled in; a name not saved (yet) stays as it is. */
    String fill(String text) {
        LocalDate today = LocalDate.now(clock);
        Matcher date = RELATIVE_DATE.matcher(text);
        StringBuilder dated = new StringBuilder();
        while (date.find()) {
            date.appendReplacement(dated, today.plusDays(Long.parseLong(date.group(1))).toString());
        }
        date.appendTail(dated);
        Matcher matcher = PLACEHOLDER.matcher(dated);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = saved.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
