package nl.jobbranding.local;

import nl.jobbranding.runtime.LocalPostgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole product on one machine: a real PostgreSQL with one database per service, campaign-service,
 * content-service and the gateway, each as its own process. Waits until all report ready, loads the demo data
 * into an empty database, prints where to go, and stops everything on Ctrl-C.
 * <p>
 * Started by {@code ./mvnw package -DskipTests -Prun}; settings come as {@code --name=value} arguments (see the
 * properties of deploy/local/pom.xml).
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Service> started = new ArrayList<>();
    private LocalPostgres postgres;

    private Launcher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Launcher launcher = new Launcher(Settings.parse(args));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stop-everything"));
        try {
            launcher.run();
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("Could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        List<Service> services = List.of(
                new Service("campaign-service", settings.campaignPort(), "campaign"),
                new Service("content-service", settings.contentPort(), "content"),
                new Service("gateway", settings.gatewayPort(), null));
        for (Service service : services) {
            if (!Files.isRegularFile(service.jar(settings.root()))) {
                throw new LaunchException(service.jar(settings.root()) + " is missing; build with ./mvnw package -DskipTests -Prun");
            }
        }
        Path logs = Files.createDirectories(settings.dataDir().resolve("logs"));

        say("Starting PostgreSQL on port " + settings.postgresPort() + " with its data in " + settings.dataDir().resolve("postgres"));
        postgres = LocalPostgres.start(settings.dataDir().resolve("postgres"), settings.postgresPort(), false);
        for (Service service : services) {
            if (service.database() != null) {
                postgres.ensureDatabase(service.database());
            }
        }

        for (Service service : services) {
            say("Starting " + service.name() + " on port " + service.port() + " (log: " + logs.resolve(service.name() + ".log") + ")");
            started.add(service.start(settings.root(), logs, postgres));
        }
        for (Service service : started) {
            waitUntilReady(service);
        }
        if (settings.demo()) {
            DemoData demo = new DemoData(http);
            if (demo.productIsEmpty("http://localhost:" + settings.campaignPort())) {
                say("Loading the demo data into the empty databases (turn this off with -Ddemo=false)");
                for (Service service : started) {
                    demo.load(service.name(), "http://localhost:" + service.port());
                }
            } else {
                say("The databases hold data already: no demo data loaded");
            }
        }
        printWhereToGo();
        waitForAnExit();
    }

    private void waitUntilReady(Service service) throws Exception {
        URI health = URI.create("http://localhost:" + service.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!service.process().isAlive()) {
                throw new LaunchException(service.name() + " stopped while starting; see its log:\n" + service.logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    say(service.name() + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new LaunchException(service.name() + " was not ready within " + READY_TIMEOUT.toMinutes() + " minutes; see its log:\n"
                + service.logTail());
    }

    private void printWhereToGo() {
        String gateway = "http://localhost:" + settings.gatewayPort();
        String campaign = "http://localhost:" + settings.campaignPort();
        String content = "http://localhost:" + settings.contentPort();
        System.out.println();
        System.out.println("Job branding is running. Stop it with Ctrl-C.");
        System.out.println();
        System.out.println("  Gateway            " + gateway + "   (health: " + gateway + "/q/health)");
        System.out.println("  campaign-service   API           " + campaign + "/api/v1/campaigns");
        System.out.println("                     OpenAPI       " + campaign + "/api/v1/openapi.json");
        System.out.println("                     Swagger UI    " + campaign + "/q/swagger-ui");
        System.out.println("  content-service    " + content + "   (health: " + content + "/q/health)");
        System.out.println();
        System.out.println("  Try: curl " + campaign + "/api/v1/campaigns");
        System.out.println("  PostgreSQL: jdbc:postgresql://localhost:" + settings.postgresPort() + "/campaign (user postgres), data in "
                + settings.dataDir());
        System.out.println();
    }

    /** Blocks until a service exits by itself (which is reported) or the launcher is stopped. */
    private void waitForAnExit() throws InterruptedException {
        while (true) {
            for (Service service : started) {
                if (!service.process().isAlive()) {
                    System.err.println(service.name() + " stopped unexpectedly; see its log:\n" + service.logTail());
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Stops the gateway first, then the services, then PostgreSQL; each gets time to finish its requests. */
    private synchronized void stop() {
        if (started.isEmpty() && postgres == null) {
            return;
        }
        say("Stopping");
        List<Service> reversed = new ArrayList<>(started);
        java.util.Collections.reverse(reversed);
        reversed.forEach(service -> service.process().destroy());
        for (Service service : reversed) {
            try {
                if (!service.process().waitFor(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                    service.process().destroyForcibly();
                }
            } catch (InterruptedException e) {
                service.process().destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                // PostgreSQL got the same Ctrl-C and may have stopped by itself already
            }
            postgres = null;
        }
        say("Stopped");
    }

    private static void say(String message) {
        System.out.println("[run] " + message);
    }

    /** A reason the product could not start, told to the user without a stack trace. */
    static final class LaunchException extends Exception {
        LaunchException(String message) {
            super(message);
        }
    }

    /** One Quarkus application of the product, with its own database when it has one. */
    record Service(String name, int port, String database, Process process, Path log) {

        Service(String name, int port, String database) {
            this(name, port, database, null, null);
        }

        Path jar(Path root) {
            return root.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
        }

        Service start(Path root, Path logs, LocalPostgres postgres) throws IOException {
            Path logFile = logs.resolve(name + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar(root).toString())
                    .directory(root.resolve(name).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            if (database != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
                env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
                env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
            }
            return new Service(name, port, database, builder.start(), logFile);
        }

        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no log at " + log + ")";
            }
        }
    }

    /** The run command's settings, from {@code --name=value} arguments. */
    record Settings(Path root, Path dataDir, boolean demo, int postgresPort, int gatewayPort, int campaignPort, int contentPort) {

        static Settings parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (!arg.startsWith("--") || equals < 0) {
                    throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
                }
                values.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
            return new Settings(
                    Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize(),
                    Path.of(values.getOrDefault("data-dir", System.getProperty("user.home") + "/.local/share/job-branding")),
                    Boolean.parseBoolean(values.getOrDefault("demo", "true")),
                    Integer.parseInt(values.getOrDefault("postgres-port", "55432")),
                    Integer.parseInt(values.getOrDefault("gateway-port", "8080")),
                    Integer.parseInt(values.getOrDefault("campaign-port", "8081")),
                    Integer.parseInt(values.getOrDefault("content-port", "8082")));
        }
    }
}
