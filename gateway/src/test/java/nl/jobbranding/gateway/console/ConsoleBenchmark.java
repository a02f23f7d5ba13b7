package nl.jobbranding.gateway.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
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
 * 100 ms with 20 users. Given the product's data directory ({@code -Ddata.dir}, as on the run command), it also prints
 * the CPU each process used per measured page (from {@code /proc}: the services recorded in {@code <data dir>/run},
 * PostgreSQL with its backends) and each process's resident memory afterwards: figures that do not depend on what else
 * runs on the machine. The users first ask back to back (the target's measure); then, paced, each waits {@code think.ms}
 * (1000) after every page as a community manager reading it would, for {@code paced.rounds} (10) rounds ({@code
 * -Dthink.ms=0}: back to back only).
 *
 * <pre>./mvnw -pl gateway -am verify -DskipTests -Pbenchmark [-Dconsole.url=http://localhost:8080] [-Dusers=20] [-Ddata.dir=...] [-Dthink.ms=1000]</pre>
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
        // The first story in the queue; freshly started services may leave the queue out of the first answers (missing).
        User first = signedIn(base, persona);
        Matcher story = STORY.matcher("");
        for (int attempt = 0; attempt < 10 && !story.find(); attempt++) {
            if (attempt > 0) {
                Thread.sleep(2_000);
            }
            story = STORY.matcher(first.send(get(base + "/console/queue")).body());
        }
        List<String> pages = new ArrayList<>(List.of("/console/queue"));
        if (story.find(0)) {
            pages.add(story.group(1));
        }
        pages.add("/console/transparency");
        long thinkMillis = Long.getLong("think.ms", 1000);
        System.out.printf("Console benchmark: %d users, %d rounds each, pages %s at %s over %s%n", users, rounds, pages, base,
                "2".equals(System.getProperty("http.version")) ? "HTTP/2 (h2c)" : "HTTP/1.1");
        System.out.println("Back to back (each user asks for the next page as soon as it has the last):");
        measure(base, persona, pages, users, rounds, 0);
        if (thinkMillis > 0) {
            int pacedRounds = Integer.getInteger("paced.rounds", 10);
            System.out.printf("Paced (each user waits %d ms after every page, as someone reading it would; %d rounds):%n", thinkMillis,
                    pacedRounds);
            measure(base, persona, pages, users, pacedRounds, thinkMillis);
        }
    }

    /** One run: every user reads the pages round after round, pausing {@code thinkMillis} after each page; prints the figures. */
    private static void measure(String base, String persona, List<String> pages, int users, int rounds, long thinkMillis) throws Exception {
        List<List<Long>> times = new ArrayList<>();
        pages.forEach(p -> times.add(Collections.synchronizedList(new ArrayList<>())));
        // Per page: the service calls it made and how long it waited for them (the gateway's Server-Timing header).
        List<java.util.concurrent.atomic.AtomicInteger> errors = new ArrayList<>();
        pages.forEach(p -> errors.add(new java.util.concurrent.atomic.AtomicInteger()));
        List<List<double[]>> calls = new ArrayList<>();
        pages.forEach(p -> calls.add(Collections.synchronizedList(new ArrayList<>())));
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        // Every user warms up first; the CPU counters are read when all have, and again at the end.
        CountDownLatch warmedUp = new CountDownLatch(users);
        CountDownLatch measure = new CountDownLatch(1);
        for (int u = 0; u < users; u++) {
            running.add(pool.submit(() -> {
                boolean warm = false;
                try {
                    User client = signedIn(base, persona);
                    if (thinkMillis > 0) {
                        // paced users start spread over one pause, not all at once
                        Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMillis));
                    }
                    for (int r = 0; r < rounds; r++) {
                        if (r == 1) {
                            warm = true;
                            warmedUp.countDown();
                            measure.await();
                        }
                        for (int p = 0; p < pages.size(); p++) {
                            long start = System.nanoTime();
                            HttpResponse<String> page = client.send(get(base + pages.get(p)));
                            long took = System.nanoTime() - start;
                            if (thinkMillis > 0) {
                                Thread.sleep(thinkMillis);
                            }
                            if (page.statusCode() != 200) {
                                // Counted and printed, not timed: a run with errors says so instead of stopping.
                                errors.get(p).incrementAndGet();
                                continue;
                            }
                            if (r > 0) {
                                times.get(p).add(took);
                                Matcher timing = SERVER_TIMING.matcher(page.headers().firstValue("Server-Timing").orElse(""));
                                calls.get(p).add(timing.find() ? new double[] {Double.parseDouble(timing.group(1)), Double.parseDouble(timing.group(2))}
                                        : new double[] {0, 0});
                            }
                        }
                    }
                } finally {
                    if (!warm) {
                        warmedUp.countDown();
                    }
                }
                return null;
            }));
        }
        warmedUp.await();
        Processes processes = Processes.of(System.getProperty("data.dir"));
        Map<String, Long> cpuBefore = processes.cpuMillis();
        measure.countDown();
        try {
            for (Future<?> run : running) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> cpuAfter = processes.cpuMillis();
        List<Long> all = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Long> sorted = new ArrayList<>(times.get(p));
            all.addAll(sorted);
            print(pages.get(p), sorted);
            List<double[]> made = new ArrayList<>(calls.get(p));
            List<Long> waits = new ArrayList<>(made.stream().map(c -> (long) (c[1] * 1e6)).toList());
            Collections.sort(waits);
            System.out.printf("      service calls per request (not counting what the gateway keeps): %.1f; waiting for them: p50 %.1f ms  p95 %.1f ms%s%n",
                    made.stream().mapToDouble(c -> c[0]).average().orElse(0), ms(waits, 0.50), ms(waits, 0.95),
                    errors.get(p).get() == 0 ? "" : "; NOT 200 (not timed): " + errors.get(p).get());
        }
        double p95 = print("all console pages", all);
        int failed = errors.stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get).sum();
        // An answer other than 200 (a 503 from an open breaker is fast) is a page the user did not get: the target is
        // met only when every measured page came.
        System.out.printf("Target p95 < 100 ms with 20 users%s: %s (p95 %.1f ms with %d users%s)%n", thinkMillis > 0 ? " (paced, not the target's measure)" : "",
                p95 < 100 && users >= 20 && failed == 0 && !all.isEmpty() ? "MET" : "MISSED", p95, users,
                failed == 0 ? "" : "; " + failed + " pages NOT 200");
        if (!cpuBefore.isEmpty()) {
            System.out.println("CPU per measured page (all pages alike), and resident memory after the run:");
            double total = 0;
            Map<String, Long> rss = processes.residentMegabytes();
            for (String process : cpuBefore.keySet()) {
                double perPage = (cpuAfter.getOrDefault(process, 0L) - cpuBefore.get(process)) / (double) all.size();
                total += perPage;
                System.out.printf("  %-20s %6.2f ms CPU per page   RSS %s MB%n", process, perPage, rss.getOrDefault(process, -1L));
            }
            System.out.printf("  %-20s %6.2f ms CPU per page%s%n", "product", total,
                    thinkMillis > 0 ? "" : " (p95 < 100 ms for 20 users back to back on 2 cores needs about 4.5)");
        }
        System.out.printf("Load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    /**
     * The product's processes by name, from the run command's data directory: the services' process ids it recorded,
     * PostgreSQL's postmaster and its backends. CPU from {@code /proc/<pid>/stat} (user and system time, with the
     * time of children that ended), resident memory from {@code /proc/<pid>/status}.
     */
    private record Processes(Map<String, List<Long>> pids) {

        static Processes of(String dataDir) throws Exception {
            Map<String, List<Long>> pids = new TreeMap<>();
            if (dataDir == null || dataDir.isBlank() || !Files.isDirectory(Path.of("/proc"))) {
                return new Processes(pids);
            }
            Path run = Path.of(dataDir, "run");
            if (Files.isDirectory(run)) {
                try (var files = Files.list(run)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                        pids.put(file.getFileName().toString().replace(".pid", ""),
                                List.of(Long.parseLong(Files.readString(file).trim().split("\\s+")[0])));
                    }
                }
            }
            Path postmaster = Path.of(dataDir, "postgres", "postmaster.pid");
            if (Files.exists(postmaster)) {
                long server = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
                List<Long> postgres = new ArrayList<>(List.of(server));
                try (var all = Files.list(Path.of("/proc"))) {
                    for (Path proc : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                        long[] stat = stat(Long.parseLong(proc.getFileName().toString()));
                        if (stat != null && stat[0] == server) {
                            postgres.add(Long.parseLong(proc.getFileName().toString()));
                        }
                    }
                }
                pids.put("postgresql", postgres);
            }
            return new Processes(pids);
        }

        Map<String, Long> cpuMillis() {
            Map<String, Long> cpu = new TreeMap<>();
            pids.forEach((name, list) -> cpu.put(name, list.stream().map(Processes::stat)
                    .mapToLong(stat -> stat == null ? 0 : (stat[1] + stat[2] + stat[3] + stat[4]) * 10).sum()));
            return cpu;
        }

        Map<String, Long> residentMegabytes() {
            Map<String, Long> rss = new TreeMap<>();
            pids.forEach((name, list) -> {
                if (!name.equals("postgresql")) {
                    try {
                        String status = Files.readString(Path.of("/proc", String.valueOf(list.get(0)), "status"));
                        Matcher kb = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
                        rss.put(name, kb.find() ? Long.parseLong(kb.group(1)) / 1024 : -1);
                    } catch (Exception e) {
                        rss.put(name, -1L);
                    }
                }
            });
            return rss;
        }

        /** Parent, then utime, stime, cutime, cstime in clock ticks (100 a second on Linux); null when it is gone. */
        private static long[] stat(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                        Long.parseLong(fields[13]), Long.parseLong(fields[14])};
            } catch (Exception e) {
                return null;
            }
        }
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

    /**
     * A browser-like user: its own cookies (the session cookie is Secure, which the JDK's cookie store keeps from http),
     * and HTTP/1.1 with keep-alive, as a browser speaks to the run command's plain-HTTP address (browsers never upgrade
     * plain HTTP to HTTP/2; the JDK's client would, h2c). {@code -Dhttp.version=2} lets it upgrade.
     */
    private static final class User {

        private final HttpClient http = HttpClient.newBuilder()
                .version("2".equals(System.getProperty("http.version")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).build();
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
