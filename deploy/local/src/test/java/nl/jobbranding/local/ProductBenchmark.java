package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hyperfoil.api.config.Benchmark;
import io.hyperfoil.api.statistics.StatisticsSnapshot;
import io.hyperfoil.core.impl.LocalBenchmarkData;
import io.hyperfoil.core.impl.LocalSimulationRunner;
import io.hyperfoil.core.parser.BenchmarkParser;
import io.hyperfoil.http.statistics.HttpStats;
import nl.jobbranding.runtime.DevTokenEndpoint;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.LocalPostgres;
import nl.jobbranding.runtime.ServiceProcess;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product's benchmark (issue 14): starts PostgreSQL and the three applications as the run command does (same heap
 * settings, demo data), runs Hyperfoil 0.25.2 scenarios in an open model (a warm-up, then a constant arrival rate), and
 * prints one table of ratios: gateway against direct, public feed against the trivial health check, overviews against
 * their slower downstream call, lists at a million stories against a thousand, each service's RSS and CPU per 1,000
 * requests. The scale data comes from {@code benchmark/campaign-scale.sql} and {@code benchmark/content-scale.sql}.
 * <p>
 * Run by {@code ./mvnw -B -ntp package -DskipTests -Pbenchmark -pl deploy/local -am}; settings as system properties
 * ({@code -Dbenchmark.stories=1000000 -Dbenchmark.audit-per-story=10 -Dbenchmark.warm-up=5 -Dbenchmark.duration=15}).
 * Hyperfoil runs in this process through the same API its Maven plugin uses (parser and local runner), so that the
 * figures of all runs can be put side by side.
 */
public final class ProductBenchmark {

    private static final int SMALL = 1_000;
    /** The lists measured at 1,000 and at {@code benchmark.stories} stories (scenario names without the scale). */
    private static final List<String> LISTS = List.of("published-stories", "stories", "stories submitted", "moderation-queue",
            "moderation-queue unit", "public feed");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int stories = Integer.getInteger("benchmark.stories", 1_000_000);
    private final int auditPerStory = Integer.getInteger("benchmark.audit-per-story", 10);
    private final int warmUp = Integer.getInteger("benchmark.warm-up", 5);
    private final int duration = Integer.getInteger("benchmark.duration", 15);
    /** Scales every rate (0.1: a tenth of the issue's rates), for a machine that cannot offer the issue's rates. */
    private final double rateFactor = Double.parseDouble(System.getProperty("benchmark.rate-factor", "1"));
    private final Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/benchmark")).toAbsolutePath();
    /**
     * Native memory tracking in the services ({@code -XX:NativeMemoryTracking=summary}, a few MB and a little CPU of
     * its own): the table then says where each service's memory goes (heap, metaspace, code, threads, GC, other).
     */
    private final boolean nmt = Boolean.getBoolean("benchmark.nmt");
    /**
     * Only the scenarios whose name matches this regular expression ({@code -Dbenchmark.scenarios="campaign.*"}); the
     * stories beyond the first thousand are generated only when a scenario at scale (name ending in 1M) is run.
     */
    private final Pattern scenarios = Pattern.compile(System.getProperty("benchmark.scenarios", ".*"));
    /**
     * A flight recording of each service ({@code -Dbenchmark.jfr=true}, JFR's profile settings), written when it stops
     * to {@code <service>.jfr} beside the results: where the CPU of a scenario goes.
     */
    private final boolean jfr = Boolean.getBoolean("benchmark.jfr");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Result> results = new LinkedHashMap<>();
    private LocalPostgres postgres;
    private DevTokenEndpoint tokenEndpoint;

    public static void main(String[] args) throws Exception {
        ProductBenchmark benchmark = new ProductBenchmark();
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop, "stop-everything"));
        benchmark.run();
        System.exit(0);
    }

    /** One measured scenario: latencies (ns) of the constant-rate phase, and what the services spent on the whole run. */
    record Result(String name, int rate, long requests, long p50, long p99, double achieved, long errors, double cpuPer1000,
                  String cpuPerService) {
    }

    private void run() throws Exception {
        Path root = ServiceProcess.projectRoot();
        say("Starting PostgreSQL and the product (data in " + dataDir + ")");
        // auto_explain is loaded but off (its default) until the plans of the lists' requests are taken; its settings are
        // not given here, since a setting on the server's command line cannot be changed by ALTER SYSTEM and a reload.
        postgres = LocalPostgres.start(dataDir.resolve("postgres"), 0, true, Map.of("shared_preload_libraries", "auto_explain",
                "logging_collector", "on",
                "log_directory", Files.createDirectories(dataDir.resolve("postgres-log")).toString(),
                "log_filename", "postgresql.log"));
        DevTokens tokens = DevTokens.inFolder(Files.createDirectories(dataDir.resolve("keys")));
        tokenEndpoint = DevTokenEndpoint.start(tokens, Launcher.SERVICE_TOKEN_LIFETIME);
        Map<String, Integer> ports = Map.of("campaign-service", ServiceProcess.freePort(), "content-service",
                ServiceProcess.freePort(), "gateway", ServiceProcess.freePort());
        for (String module : List.of("campaign-service", "content-service", "gateway")) {
            Map<String, String> environment = Launcher.environment(module, tokens, tokenEndpoint, ports.get("campaign-service"),
                    ports.get("content-service"), Files.createDirectories(dataDir.resolve("tokens")));
            String database = module.equals("gateway") ? null : module.replace("-service", "");
            if (database != null) {
                postgres.ensureDatabase(database);
                environment.putAll(ServiceProcess.datasource(postgres, database));
            }
            List<String> jvmOptions = new ArrayList<>(Launcher.serviceJvmOptions(root, module));
            if (nmt) {
                jvmOptions.add("-XX:NativeMemoryTracking=summary");
            }
            if (jfr) {
                jvmOptions.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                        + dataDir.resolve(module + ".jfr"));
            }
            services.put(module, ServiceProcess.start(root, module, ports.get(module), environment,
                    Files.createDirectories(dataDir.resolve("logs")).resolve(module + ".log"), jvmOptions));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        DemoData demo = new DemoData(http, tokens);
        for (ServiceProcess service : services.values()) {
            demo.load(service.name(), service.baseUrl());
        }
        String campaignManager = "Bearer " + tokens.token("bench-campaign", "Benchmark", List.of("campaign-manager"), null,
                Duration.ofHours(6));
        String communityManager = "Bearer " + tokens.token("bench-community", "Benchmark", List.of("community-manager"), null,
                Duration.ofHours(6));
        String campaign = base("campaign-service");
        String content = base("content-service");
        String gateway = base("gateway");
        String campaignId = get(campaign + "/api/v1/campaigns?limit=1", campaignManager).path("items").path(0).path("id").asText();

        say("Scale data: 5,000 series over 50 units in campaign-service, the first " + SMALL + " stories in content-service");
        sql("campaign", read("campaign-scale.sql"));
        generateStories(1, SMALL);

        // Pass-through: the same read directly and through the gateway, at 200/s and 600/s.
        String oneCampaign = "/api/v1/campaigns/" + campaignId;
        for (int rate : List.of(200, 600)) {
            measure("campaign direct", campaign, oneCampaign, campaignManager, rate, "campaign-service");
            measure("campaign via gateway", gateway, oneCampaign, campaignManager, rate, "campaign-service", "gateway");
        }
        // The public feed from memory against the trivial floor, at the same rate.
        measure("health/live", gateway, "/q/health/live", null, 1500, "gateway");
        measure("public feed", gateway, "/api/v1/public-feed", null, 1500, "gateway", "content-service", "campaign-service");
        // Overviews against their slower downstream call.
        measure("campaign overview", gateway, "/api/v1/campaign-overviews/" + campaignId, campaignManager, 100,
                "gateway", "campaign-service", "content-service");
        measure("capacity assessment direct", campaign, oneCampaign + "/capacity-assessment", campaignManager, 100,
                "campaign-service");
        measure("series of campaign direct", campaign, "/api/v1/series?limit=100&campaignId=" + campaignId, campaignManager, 100,
                "campaign-service");
        // The overview's own calls, made at the same time: campaign-service's outline and content-service's figures (with
        // the story counts and each series' published stories per month since 2026-12-01 round 10).
        measure("campaign outline direct", campaign, oneCampaign + "/outline", campaignManager, 100, "campaign-service");
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        measure("campaign figures direct", content, "/api/v1/campaign-figures?campaignId=" + campaignId + "&recent=5&from="
                + today.minusDays(29) + "&to=" + today + "&publishedFrom=" + java.time.YearMonth.from(today).minusMonths(2),
                campaignManager, 100, "content-service");
        measure("moderation overview", gateway, "/api/v1/moderation-overview", communityManager, 100,
                "gateway", "campaign-service", "content-service");
        measure("moderation queue direct", content, "/api/v1/moderation-queue", communityManager, 100, "content-service");

        lists("1k", content, gateway, communityManager);
        if (LISTS.stream().anyMatch(list -> scenarios.matcher(list + " 1M").matches())) {
            say("Scale data: stories up to " + stories + " with " + auditPerStory + " audit events each");
            for (int from = SMALL + 1; from <= stories; from += 100_000) {
                generateStories(from, Math.min(stories, from + 100_000 - 1));
            }
            lists("1M", content, gateway, communityManager);
            explain(content, communityManager);
        } else if (LISTS.stream().anyMatch(list -> scenarios.matcher(list + " 1k").matches())) {
            explain(content, communityManager);
        }

        printTable();
    }

    /** The lists at one scale, directly on content-service, and the public feed through the gateway. */
    private void lists(String scale, String content, String gateway, String communityManager) throws Exception {
        measure("published-stories " + scale, content, "/api/v1/published-stories?limit=20", null, 300, "content-service");
        measure("stories " + scale, content, "/api/v1/stories?limit=20", communityManager, 300, "content-service");
        measure("stories submitted " + scale, content, "/api/v1/stories?limit=20&state=submitted", communityManager, 300,
                "content-service");
        measure("moderation-queue " + scale, content, "/api/v1/moderation-queue?limit=20", communityManager, 300, "content-service");
        measure("moderation-queue unit " + scale, content, "/api/v1/moderation-queue?limit=20&unitCode=SCHAAL06", communityManager,
                300, "content-service");
        measure("public feed " + scale, gateway, "/api/v1/public-feed?limit=20", null, 300, "gateway", "content-service",
                "campaign-service");
    }

    /**
     * The plans of the queries the lists' requests really run (as Hibernate sends them, with a generic or custom plan as
     * PostgreSQL chooses): PostgreSQL's auto_explain is switched on for one request of each list and off again, and the
     * plans it wrote to the server's log (with actual rows, times and buffers) are printed.
     */
    private void explain(String content, String communityManager) throws Exception {
        Map<String, String[]> lists = new LinkedHashMap<>();
        lists.put("published stories", new String[] {content + "/api/v1/published-stories?limit=20", null});
        lists.put("stories", new String[] {content + "/api/v1/stories?limit=20", communityManager});
        lists.put("stories submitted", new String[] {content + "/api/v1/stories?limit=20&state=submitted", communityManager});
        lists.put("moderation queue", new String[] {content + "/api/v1/moderation-queue?limit=20", communityManager});
        lists.put("moderation queue of a unit", new String[] {content + "/api/v1/moderation-queue?limit=20&unitCode=SCHAAL06",
                communityManager});
        Path log = dataDir.resolve("postgres-log").resolve("postgresql.log");
        for (Map.Entry<String, String[]> list : lists.entrySet()) {
            autoExplain(true);
            Thread.sleep(500);
            long from = Files.exists(log) ? Files.size(log) : 0;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(list.getValue()[0]));
            if (list.getValue()[1] != null) {
                request.header("Authorization", list.getValue()[1]);
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            Thread.sleep(500);
            autoExplain(false);
            say("PLANS of one request " + list.getKey() + " (" + status + "): " + list.getValue()[0]);
            byte[] all = Files.readAllBytes(log);
            for (String line : new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8).split("\n")) {
                say("    " + line.replaceFirst("^\\S+ \\S+ \\S+ \\[\\d+\\] LOG:\\s+", ""));
            }
        }
    }

    /** auto_explain on (every statement's plan, with actual rows, times and buffers) or off, for every session at once. */
    private void autoExplain(boolean on) throws SQLException {
        for (String setting : List.of("log_min_duration = 0", "log_analyze = on", "log_buffers = on", "log_nested_statements = on")) {
            sql("postgres", on ? "alter system set auto_explain." + setting
                    : "alter system reset auto_explain." + setting.substring(0, setting.indexOf(' ')));
        }
        sql("postgres", "select pg_reload_conf()");
    }

    private void generateStories(int from, int to) throws Exception {
        long start = System.nanoTime();
        sql("content", read("content-scale.sql").replace("${from}", Integer.toString(from)).replace("${to}", Integer.toString(to))
                .replace("${auditPerStory}", Integer.toString(auditPerStory)));
        sql("content", "analyze");
        say(String.format(Locale.ROOT, "  stories %,d to %,d in %.0f s", from, to, (System.nanoTime() - start) / 1e9));
    }

    /**
     * Runs one scenario: a warm-up, then {@code duration} seconds at a constant arrival rate (open model: new requests
     * arrive at the rate whatever the answers take), and records the second phase's latencies and the services' CPU.
     */
    private void measure(String name, String base, String path, String authorization, int nominalRate, String... cpuOf)
            throws Exception {
        if (!scenarios.matcher(name).matches()) {
            return;
        }
        int rate = Math.max(1, (int) Math.round(nominalRate * rateFactor));
        String scenario = "      scenario:\n"
                + "      - request:\n"
                + "        - httpRequest:\n"
                + "            GET: \"" + path + "\"\n"
                + "            metric: request\n"
                + (authorization == null ? "" : "            headers:\n              Authorization: \"" + authorization + "\"\n");
        String yaml = "name: " + name.replaceAll("[^a-zA-Z0-9]+", "-") + "\n"
                + "http:\n  host: " + base + "\n  sharedConnections: 64\n"
                + "threads: 1\n"
                + "phases:\n"
                + phase("warmup", null, rate, warmUp) + scenario
                + phase("measure", "warmup", rate, duration) + scenario;
        Benchmark benchmark = BenchmarkParser.instance().buildBenchmark(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), new LocalBenchmarkData(dataDir), Map.of());
        Map<String, StatisticsSnapshot> phases = new HashMap<>();
        long[] cpuBefore = new long[cpuOf.length];
        for (int i = 0; i < cpuOf.length; i++) {
            cpuBefore[i] = cpuTicks(cpuOf[i]);
        }
        new LocalSimulationRunner(benchmark, (phase, stepId, metric, snapshot, countDown) -> {
            synchronized (phases) {
                phases.computeIfAbsent(phase.name(), k -> new StatisticsSnapshot()).add(snapshot);
            }
        }, null, null).run();
        long all = phases.values().stream().mapToLong(s -> s.responseCount).sum();
        long cpuTicks = 0;
        StringBuilder perService = new StringBuilder();
        for (int i = 0; i < cpuOf.length; i++) {
            long spent = cpuTicks(cpuOf[i]) - cpuBefore[i];
            cpuTicks += spent;
            perService.append(perService.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", cpuOf[i],
                    all == 0 ? 0 : spent / 100.0 / all * 1000));
        }
        StatisticsSnapshot measured = phases.getOrDefault("measure", new StatisticsSnapshot());
        HttpStats statuses = HttpStats.get(measured);
        long errors = measured.errors() + (statuses == null ? 0 : statuses.status_4xx + statuses.status_5xx + statuses.status_other)
                + (measured.requestCount - measured.responseCount);
        double seconds = Math.max(1, measured.histogram.getEndTimeStamp() - measured.histogram.getStartTimeStamp()) / 1000.0;
        Result result = new Result(name, rate, measured.responseCount, measured.histogram.getValueAtPercentile(50),
                measured.histogram.getValueAtPercentile(99), measured.responseCount / seconds, errors,
                all == 0 ? 0 : cpuTicks / 100.0 / all * 1000, perService.toString());
        results.put(name + "@" + nominalRate, result);
        say(String.format(Locale.ROOT, "  %-34s %5d/s  p50 %8s  p99 %8s  %7.1f req/s  CPU s / 1,000 req %.2f (%s)%s", name, rate,
                ms(result.p50()), ms(result.p99()), result.achieved(), result.cpuPer1000(), result.cpuPerService(),
                errors == 0 ? "" : "  errors/non-2xx: " + errors));
    }

    private static String phase(String name, String after, int rate, int seconds) {
        return "- " + name + ":\n"
                + "    constantRate:\n"
                + (after == null ? "" : "      startAfter: " + after + "\n")
                + "      usersPerSec: " + rate + "\n"
                + "      duration: " + seconds + "s\n"
                + "      maxSessions: " + rate * 4 + "\n";
    }

    private void printTable() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Benchmark, %s, %d cores, load average before the run %s%n%n", LocalDate.now(),
                Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).trim()));
        if (rateFactor != 1) {
            out.append(String.format(Locale.ROOT, "Rates are %.2f × the issue's (-Dbenchmark.rate-factor); names below give the issue's.%n%n",
                    rateFactor));
        }
        out.append("| scenario | rate | p50 | p99 | req/s | errors | CPU s / 1,000 req | of which per service |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        results.values().forEach(r -> out.append(String.format(Locale.ROOT, "| %s | %d/s | %s | %s | %.0f | %d | %.2f | %s |%n",
                r.name(), r.rate(), ms(r.p50()), ms(r.p99()), r.achieved(), r.errors(), r.cpuPer1000(), r.cpuPerService())));
        out.append("\n| goal | measured | target |\n|---|---|---|\n");
        for (int rate : List.of(200, 600)) {
            Result direct = results.get("campaign direct@" + rate);
            Result gateway = results.get("campaign via gateway@" + rate);
            if (direct != null && gateway != null) {
                out.append(String.format(Locale.ROOT, "| gateway p99 / direct p99 at %d/s | %.2f× | ≤ 1.3× |%n", rate,
                        gateway.p99() / (double) direct.p99()));
                out.append(String.format(Locale.ROOT, "| gateway p50 overhead at %d/s | %s | ≤ 0.5 ms |%n", rate,
                        ms(gateway.p50() - direct.p50())));
            }
        }
        Result live = results.get("health/live@1500");
        Result feed = results.get("public feed@1500");
        if (live != null && feed != null) {
            out.append(String.format(Locale.ROOT, "| public feed at 1500/s: req/s / health req/s; p99 / health p99 | %.2f×; %.2f× | ≥ 0.8× at the same p99 |%n",
                    feed.achieved() / live.achieved(), feed.p99() / (double) live.p99()));
        }
        Result overview = results.get("campaign overview@100");
        Result outline = results.get("campaign outline direct@100");
        Result figures = results.get("campaign figures direct@100");
        if (overview != null && outline != null && figures != null) {
            out.append(String.format(Locale.ROOT, "| campaign overview p99 / slower downstream p99 (outline, figures) | %.2f× | ≤ 1.1× |%n",
                    overview.p99() / (double) Math.max(outline.p99(), figures.p99())));
        }
        Result moderation = results.get("moderation overview@100");
        Result queue = results.get("moderation queue direct@100");
        if (moderation != null && queue != null) {
            out.append(String.format(Locale.ROOT, "| moderation overview p99 / queue p99 | %.2f× | ≤ 1.1× |%n",
                    moderation.p99() / (double) queue.p99()));
        }
        for (String list : LISTS) {
            Result small = results.get(list + " 1k@300");
            Result large = results.get(list + " 1M@300");
            if (small != null && large != null) {
                out.append(String.format(Locale.ROOT, "| %s p99 at %,d / at 1k stories | %.2f× (%s → %s) | ≤ 1.2× |%n", list, stories,
                        large.p99() / (double) small.p99(), ms(small.p99()), ms(large.p99())));
            }
        }
        for (ServiceProcess service : services.values()) {
            out.append(String.format(Locale.ROOT, "| RSS of %s after the run | %d MB | ≤ 300 MB |%n", service.name(),
                    rssKb(service.pid()) / 1024));
        }
        if (nmt) {
            out.append(nativeMemory());
        }
        System.out.println(out);
        Files.writeString(dataDir.resolve("results.md"), out);
        say("Written to " + dataDir.resolve("results.md"));
    }

    /** The categories of native memory tracking shown, in this order (JDK 17's names; direct buffers are in Other). */
    private static final List<String> NMT_CATEGORIES = List.of("Java Heap", "Metaspace", "Class", "Code", "Symbol",
            "Shared class space", "Thread", "GC", "Other", "Internal", "Arena Chunk", "Native Memory Tracking");
    private static final Pattern NMT_LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    /**
     * Where each service's memory goes, from {@code jcmd <pid> VM.native_memory summary}: committed MB per category
     * (the whole summaries in {@code nmt-<service>.txt} beside the results).
     */
    private String nativeMemory() {
        StringBuilder out = new StringBuilder("\nWhere the memory goes (native memory tracking, committed MB; RSS is what of it is resident)\n\n| service | RSS | NMT total");
        NMT_CATEGORIES.forEach(c -> out.append(" | ").append(c));
        out.append(" |\n|---|---|---").append("|---".repeat(NMT_CATEGORIES.size())).append("|\n");
        for (ServiceProcess service : services.values()) {
            Map<String, Long> committed = new HashMap<>();
            long total = -1;
            try {
                Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(service.pid()), "VM.native_memory", "summary").redirectErrorStream(true).start();
                String summary = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                jcmd.waitFor();
                Files.writeString(dataDir.resolve("nmt-" + service.name() + ".txt"), summary);
                for (String line : summary.split("\n")) {
                    Matcher category = NMT_LINE.matcher(line.trim());
                    if (category.find()) {
                        committed.put(category.group(1).trim(), Long.parseLong(category.group(3)));
                    }
                    Matcher all = NMT_TOTAL.matcher(line.trim());
                    if (all.find()) {
                        total = Long.parseLong(all.group(2));
                    }
                }
                out.append(String.format(Locale.ROOT, "| %s | %d | %d", service.name(), rssKb(service.pid()) / 1024, total / 1024));
            } catch (IOException e) {
                out.append("| ").append(service.name()).append(" | ").append(e.getMessage()).append(" | ");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out.toString();
            }
            NMT_CATEGORIES.forEach(c -> out.append(" | ").append(committed.containsKey(c) ? committed.get(c) / 1024 : "-"));
            out.append(" |\n");
        }
        return out.toString();
    }

    private long cpuTicks(String... modules) throws IOException {
        long ticks = 0;
        for (String module : modules) {
            String stat = Files.readString(Path.of("/proc/" + services.get(module).pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private JsonNode get(String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void sql(String database, String script) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), LocalPostgres.USER, LocalPostgres.PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }

    private static String read(String script) throws IOException {
        try (InputStream in = ProductBenchmark.class.getResourceAsStream("/benchmark/" + script)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String base(String module) {
        return services.get(module).baseUrl();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private synchronized void stop() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(s -> s.stop(Duration.ofSeconds(20)));
        services.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (tokenEndpoint != null) {
            tokenEndpoint.close();
            tokenEndpoint = null;
        }
    }

    private static void say(String message) {
        System.out.println("[benchmark] " + message);
    }
}
