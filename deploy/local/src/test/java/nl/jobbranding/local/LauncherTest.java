package nl.jobbranding.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.jobbranding.runtime.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's launcher as a user meets it: started as its own process (as {@code ./mvnw package -DskipTests
 * -Prun} starts it) on a temporary data directory and free ports, stopped with Ctrl-C (SIGINT), killed, started
 * again on its own data, and started on data of the previous schema version.
 */
class LauncherTest {

    private static final long MAX_RESIDENT_BYTES = 1536L * 1024 * 1024;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "launcher-" + UUID.randomUUID());
    private final int postgresPort = RunningProduct.freePort();
    private final int gatewayPort = RunningProduct.freePort();
    private final int campaignPort = RunningProduct.freePort();
    private final int contentPort = RunningProduct.freePort();
    private final List<Run> runs = new ArrayList<>();

    /** A test that failed half-way leaves nothing running: what the launcher started stops with it. */
    @AfterEach
    void stopWhatIsStillRunning() throws IOException, InterruptedException {
        for (Run run : runs) {
            if (run.process.isAlive()) {
                run.ctrlC();
            }
        }
    }

    @Test
    void startsAgainOnItsOwnDataAfterCtrlCAndAfterBeingKilled() throws Exception {
        Run first = start();
        assertTrue(first.output().contains("Loading the demo data"), first.output());
        assertEquals(demoCampaigns(), campaignCount(), "the demo data's campaigns");
        // The gateway gets its own token from the run command's development token endpoint (client credentials): the
        // anonymous public feed has its names, so nothing is missing.
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + gatewayPort + "/api/v1/public-feed"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals("[]", json.readTree(feed.body()).path("missing").toString(), feed.body());
        String storyId = writeStory();

        first.ctrlC();
        assertFalse(postgresRuns(), "Ctrl-C stops PostgreSQL too");

        Run second = start();
        assertTrue(second.output().contains("no demo data loaded"), second.output());
        assertEquals(demoCampaigns(), campaignCount(), "the demo data is not loaded twice");
        assertEquals(200, get(contentPort, "/api/v1/stories/" + storyId, "unit-editor-OM").statusCode(),
                "the story written before the stop is still there");

        second.kill();
        Run third = start();
        assertTrue(third.output().contains("left running"), third.output());
        assertEquals(1, postgresServers(), "one PostgreSQL server runs on the data directory");
        assertEquals(200, get(contentPort, "/api/v1/stories/" + storyId, "unit-editor-OM").statusCode());

        long resident = third.residentBytes();
        System.out.printf(Locale.ROOT, "%nThe running product (launcher, three services, PostgreSQL) is resident in %d MB%n%n",
                resident / (1024 * 1024));
        assertTrue(resident < MAX_RESIDENT_BYTES, "resident " + resident / (1024 * 1024) + " MB");

        List<ProcessHandle> processes = third.processes();
        third.ctrlC();
        for (ProcessHandle process : processes) {
            String what = process.info().commandLine().orElse("process " + process.pid());
            try {
                process.onExit().get(15, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("Ctrl-C did not stop " + what);
            }
        }
        assertFalse(postgresRuns());
    }

    @Test
    void upgradesDataOfThePreviousSchemaVersion() throws Exception {
        Path root = Path.of(System.getProperty("project.root"));
        List<String> latest = new ArrayList<>();
        try (LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), postgresPort, false)) {
            for (String service : List.of("campaign", "content")) {
                postgres.ensureDatabase(service);
                Path migrations = root.resolve(service + "-service/src/main/resources/db/migration");
                List<MigrationVersion> versions = versions(migrations);
                latest.add(versions.get(versions.size() - 1).getVersion());
                Flyway.configure()
                        .dataSource(postgres.jdbcUrl(service), LocalPostgres.USER, LocalPostgres.PASSWORD)
                        .locations("filesystem:" + migrations)
                        // as the services run them (quarkus.flyway.placeholders in their application.properties)
                        .placeholders(Map.of("application_role", LocalPostgres.applicationRole(service)))
                        .target(versions.get(versions.size() - 2))
                        .load().migrate();
            }
        }

        Run run = start();
        try {
            assertEquals(latest.get(0), schemaVersion("campaign"));
            assertEquals(latest.get(1), schemaVersion("content"));
            assertEquals(demoCampaigns(), campaignCount());
        } finally {
            run.ctrlC();
        }
    }

    private Run start() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path output = Files.createTempFile(dataDir.getParent(), "launcher-", ".out");
        Run run = new Run(RunningProduct.launch(dataDir, output, postgresPort, gatewayPort, campaignPort, contentPort), output);
        runs.add(run);
        return run;
    }

    private final class Run {
        private final Process process;
        private final Path output;

        Run(Process process, Path output) {
            this.process = process;
            this.output = output;
        }

        String output() throws IOException {
            return Files.readString(output);
        }

        /** What Ctrl-C in the terminal does to the launcher: SIGINT; it stops everything it started. */
        void ctrlC() throws IOException, InterruptedException {
            signal("-INT");
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the launcher stops after Ctrl-C:\n" + output());
        }

        /** The launcher dies without stopping anything (kill -9, a crash): what it started keeps running. */
        void kill() throws IOException, InterruptedException {
            signal("-KILL");
            process.waitFor(10, TimeUnit.SECONDS);
        }

        private void signal(String signal) throws IOException, InterruptedException {
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        }

        /** The launcher, everything it started, and the PostgreSQL server with its own processes. */
        List<ProcessHandle> processes() throws IOException {
            List<ProcessHandle> all = new ArrayList<>();
            all.add(process.toHandle());
            process.descendants().forEach(all::add);
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
            if (!all.contains(postmaster)) {
                all.add(postmaster);
                postmaster.descendants().forEach(all::add);
            }
            return all;
        }

        long residentBytes() throws IOException {
            long total = 0;
            for (ProcessHandle handle : processes()) {
                total += residentBytesOf(handle.pid());
            }
            return total;
        }
    }

    /** Resident set size from /proc (VmRSS, in kB); 0 for a process that ended meanwhile. */
    private static long residentBytesOf(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private boolean postgresRuns() {
        return postgresServers() > 0;
    }

    /** PostgreSQL servers started on this test's data directory (the postmaster names it; its workers do not). */
    private long postgresServers() {
        String dir = dataDir.resolve("postgres").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(dir)).orElse(false))
                .count();
    }

    private int campaignCount() throws IOException, InterruptedException {
        HttpResponse<String> response = get(campaignPort, "/api/v1/campaigns?limit=100", "campaign-manager");
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).path("items").size();
    }

    /** How many campaigns the demo data creates. */
    private int demoCampaigns() throws IOException {
        try (InputStream in = LauncherTest.class.getResourceAsStream("/demo/campaign-service.json")) {
            int count = 0;
            for (JsonNode step : json.readTree(in)) {
                if (step.path("method").asText().equals("POST") && step.path("path").asText().equals("/api/v1/campaigns")) {
                    count++;
                }
            }
            return count;
        }
    }

    /** A story of the OM unit, written through the API as its unit editor, the way the demo data writes one. */
    private String writeStory() throws IOException, InterruptedException {
        HttpResponse<String> series = get(campaignPort, "/api/v1/series?limit=100", "unit-editor-OM");
        String seriesId = null;
        for (JsonNode item : json.readTree(series.body()).path("items")) {
            if (item.path("unitCode").asText().equals("OM")) {
                seriesId = item.path("id").asText();
            }
        }
        JsonNode demoStory;
        try (InputStream in = LauncherTest.class.getResourceAsStream("/demo/content-service.json")) {
            demoStory = StreamSupport.stream(json.readTree(in).spliterator(), false)
                    .filter(step -> step.path("path").asText().equals("/api/v1/stories") && step.path("as").asText().equals("unit-editor:OM"))
                    .findFirst().orElseThrow().path("body");
        }
        ObjectNode body = demoStory.deepCopy();
        body.put("seriesId", seriesId);
        ((ObjectNode) body.path("content")).put("title", "Geschreven voor de herstart " + UUID.randomUUID());
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + contentPort + "/api/v1/stories"))
                .header("Authorization", "Bearer " + token("unit-editor-OM"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> get(int port, String path, String persona) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(persona)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String persona) throws IOException {
        return Files.readString(dataDir.resolve("tokens/" + persona + ".jwt")).trim();
    }

    private String schemaVersion(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/" + database,
                LocalPostgres.USER, LocalPostgres.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static List<MigrationVersion> versions(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V[0-9_.]+__.*\\.sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        }
    }
}
