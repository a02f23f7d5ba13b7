package nl.jobbranding.gateway.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Console page times with concurrent users, printed (a benchmark, not a test): against a running product (the run
 * command, with its demo data), each of the users signs in as the community manager and reads the moderation queue and
 * the review page of the first story in it and the transparency log, over and over (the first round warms up and is not
 * counted). Prints the 50th, 95th and 99th percentile per page and over all pages, against the target: p95 under
 * 100 ms with 20 users.
 *
 * <pre>./mvnw -pl gateway -am verify -DskipTests -Pbenchmark [-Dconsole.url=http://localhost:8080] [-Dusers=20]</pre>
 */
public final class ConsoleBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern STORY = Pattern.compile("href=\"(/console/stories/[0-9a-f-]{36})\"");
    private static final Pattern SERVER_TIMING = Pattern.compile("services;desc=\"(\\d+) calls\";dur=([0-9.]+)");

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("console.url", "http://localhost:8080");
        int users = Integer.getInteger("users", 20);
        int rounds = Integer.getInteger("rounds", 25);
        String persona = System.getProperty("persona", "community-manager");
        String queue = signedIn(base, persona).send(get(base + "/console/queue")).body();
        Matcher story = STORY.matcher(queue);
        List<String> pages = new ArrayList<>(List.of("/console/queue"));
        if (story.find()) {
            pages.add(story.group(1));
        }
        pages.add("/console/transparency");
        System.out.printf("Console benchmark: %d users, %d rounds each, pages %s at %s%n", users, rounds, pages, base);
        List<List<Long>> times = new ArrayList<>();
        pages.forEach(p -> times.add(Collections.synchronizedList(new ArrayList<>())));
        // Per page: the service calls it made and how long it waited for them (the gateway's Server-Timing header).
        List<List<double[]>> calls = new ArrayList<>();
        pages.forEach(p -> calls.add(Collections.synchronizedList(new ArrayList<>())));
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            running.add(pool.submit(() -> {
                User client = signedIn(base, persona);
                for (int r = 0; r < rounds; r++) {
                    for (int p = 0; p < pages.size(); p++) {
                        long start = System.nanoTime();
                        HttpResponse<String> page = client.send(get(base + pages.get(p)));
                        long took = System.nanoTime() - start;
                        if (page.statusCode() != 200) {
                            throw new IllegalStateException(pages.get(p) + " answered " + page.statusCode());
                        }
                        if (r > 0) {
                            times.get(p).add(took);
                            Matcher timing = SERVER_TIMING.matcher(page.headers().firstValue("Server-Timing").orElse(""));
                            calls.get(p).add(timing.find() ? new double[] {Double.parseDouble(timing.group(1)), Double.parseDouble(timing.group(2))}
                                    : new double[] {0, 0});
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : running) {
            run.get();
        }
        pool.shutdown();
        List<Long> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Long> sorted = new ArrayList<>(times.get(p));
            all.addAll(sorted);
            print(pages.get(p), sorted);
            List<double[]> made = new ArrayList<>(calls.get(p));
            List<Long> waits = new ArrayList<>(made.stream().map(c -> (long) (c[1] * 1e6)).toList());
            Collections.sort(waits);
            System.out.printf("      service calls per request (not counting what the gateway keeps): %.1f; waiting for them: p50 %.1f ms  p95 %.1f ms%n",
                    made.stream().mapToDouble(c -> c[0]).average().orElse(0), ms(waits, 0.50), ms(waits, 0.95));
        }
        double p95 = print("all console pages", all);
        System.out.printf("Target p95 < 100 ms with 20 users: %s (p95 %.1f ms with %d users)%n", p95 < 100 && users >= 20 ? "MET" : "MISSED",
                p95, users);
    }

    private static double print(String name, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("  %-60s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n", name, sorted.size(), ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99));
        return ms(sorted, 0.95);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /** A browser-like user: its own cookies (the session cookie is Secure, which the JDK's cookie store keeps from http). */
    private static final class User {

        private final HttpClient http = HttpClient.newHttpClient();
        private final java.util.Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        }
    }

    /** A user signed in through the development sign-in page (with its CSRF token). */
    private static User signedIn(String base, String persona) throws Exception {
        User user = new User();
        String page = user.send(get(base + "/console/sign-in")).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No development sign-in at " + base + "/console/sign-in (start the product with the run command)");
        }
        String form = "csrf-token=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&persona=" + persona;
        HttpResponse<String> signedIn = user.send(HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("Signing in as " + persona + " did not work: " + signedIn.statusCode());
        }
        return user;
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }
}
