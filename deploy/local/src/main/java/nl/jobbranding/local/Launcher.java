package nl.jobbranding.local;

import nl.jobbranding.runtime.DevTokenEndpoint;
import nl.jobbranding.runtime.DevTokens;
import nl.jobbranding.runtime.LocalPostgres;
import nl.jobbranding.runtime.ServiceProcess;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
    /** How long the gateway's own tokens live: it asks the development issuer for a new one before that. */
    static final Duration SERVICE_TOKEN_LIFETIME = Duration.ofMinutes(15);
    /**
     * Heap and collector of each service on a developer's machine: enough for the demo and a day's work, small enough
     * that the whole product stays under 1.5 GB resident (LauncherTest measures it) and each service under 300 MB (the
     * benchmark measures it). The heap may grow to 192 MB but starts at 32 MB and grows only with what is live (Serial GC
     * keeps 20 to 40 % of it free, and gives back the rest after a full collection): without -Xms the JVM starts the
     * heap at 1/64 of the machine's memory, which on a 24 GB machine is the whole 192 MB, resident as soon as it has been
     * collected through once. Native memory tracking after the benchmark (README "Performance") shows the rest: metaspace
     * and class space 49 to 91 MB, symbols 10 to 21 MB, code 15 to 28 MB (C1 only), the shared class archive 11 MB,
     * thread stacks 2 MB.
     * <p>
     * One source: the options are those of the module's container image, read from its application.properties (the
     * collector from {@value #IMAGE_GC}, the rest from {@value #IMAGE_JVM_ARGUMENTS}), so the run command and the images
     * cannot say different things.
     *
     * @param root the project's root, where the module's sources are
     */
    static List<String> serviceJvmOptions(Path root, String module) {
        Path file = root.resolve(module).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The JVM options of " + module + " are read from " + file, e);
        }
        String collector = properties.getProperty(IMAGE_GC);
        String arguments = properties.getProperty(IMAGE_JVM_ARGUMENTS);
        if (collector == null || arguments == null) {
            throw new IllegalStateException(file + " lacks " + IMAGE_GC + " or " + IMAGE_JVM_ARGUMENTS);
        }
        List<String> options = new ArrayList<>(List.of(collector.trim().split("\\s+")));
        for (String argument : arguments.split(",")) {
            options.add(argument.trim());
        }
        return List.copyOf(options);
    }

    /** glibc's malloc arenas in each service's process, as in the container images. */
    static final String MALLOC_ARENA_MAX = "2";

    /** The container image's collector, an environment variable of the image's start script. */
    static final String IMAGE_GC = "quarkus.jib.environment-variables.\"GC_CONTAINER_OPTIONS\"";
    /** The container image's other JVM options, separated by commas. */
    static final String IMAGE_JVM_ARGUMENTS = "quarkus.jib.jvm-additional-arguments";

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ServiceProcess> started = new ArrayList<>();
    private LocalPostgres postgres;
    private DevTokenEndpoint tokenEndpoint;

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
            Path jar = ServiceProcess.jar(settings.root(), service.module());
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException(jar + " is missing; build with ./mvnw package -DskipTests -Prun");
            }
        }
        Path logs = Files.createDirectories(settings.dataDir().resolve("logs"));
        LeftOvers leftOvers = new LeftOvers(settings.dataDir());
        leftOvers.stopServices();
        try {
            LocalPostgres.stopLeftOver(settings.dataDir().resolve("postgres"));
        } catch (IllegalStateException e) {
            throw new LaunchException(e.getMessage());
        }
        LeftOvers.requireFree(settings.postgresPort(), "postgres.port");
        for (Service service : services) {
            LeftOvers.requireFree(service.port(), service.portSetting());
        }

        say("Starting PostgreSQL on port " + settings.postgresPort() + " with its data in " + settings.dataDir().resolve("postgres"));
        postgres = LocalPostgres.start(settings.dataDir().resolve("postgres"), settings.postgresPort(), false);
        DevTokens tokens = DevTokens.inFolder(settings.dataDir().resolve("keys"));
        tokenEndpoint = DevTokenEndpoint.start(tokens, SERVICE_TOKEN_LIFETIME);
        for (Service service : services) {
            Map<String, String> environment = environment(service.module(), tokens, tokenEndpoint, settings.campaignPort(),
                    settings.contentPort(), settings.dataDir().resolve("tokens"));
            if (service.database() != null) {
                postgres.ensureDatabase(service.database());
                environment.putAll(ServiceProcess.datasource(postgres, service.database()));
            }
            Path log = logs.resolve(service.module() + ".log");
            say("Starting " + service.module() + " on port " + service.port() + " (log: " + log + ")");
            ServiceProcess process = ServiceProcess.start(settings.root(), service.module(), service.port(), environment, log,
                    serviceJvmOptions(settings.root(), service.module()));
            leftOvers.record(service.module(), process.pid(), ServiceProcess.jar(settings.root(), service.module()));
            started.add(process);
        }
        for (ServiceProcess process : started) {
            try {
                process.awaitReady(READY_TIMEOUT);
            } catch (IllegalStateException e) {
                throw new LaunchException(e.getMessage());
            }
            say(process.name() + " is ready");
        }
        if (settings.demo()) {
            DemoData demo = new DemoData(http, tokens);
            try {
                if (demo.productIsEmpty("http://localhost:" + settings.campaignPort())) {
                    say("Loading the demo data into the empty databases (turn this off with -Ddemo=false)");
                    for (ServiceProcess process : started) {
                        demo.load(process.name(), process.baseUrl());
                    }
                } else {
                    say("The databases hold data already: no demo data loaded");
                }
            } catch (IOException e) {
                throw new LaunchException("the demo data did not load: " + e.getMessage());
            }
        }
        Map<String, Path> tokenFiles = LocalTokens.write(tokens, settings.dataDir().resolve("tokens"), http,
                "http://localhost:" + settings.campaignPort());
        printWhereToGo(tokenFiles);
        waitForAnExit();
    }

    /** The environment of one of the product's applications: token checks, where the others are, the gateway's own token. */
    static Map<String, String> environment(String module, DevTokens tokens, DevTokenEndpoint tokenEndpoint, int campaignPort,
                                           int contentPort, Path tokenFolder) {
        Map<String, String> environment = new HashMap<>();
        // As in the container images (quarkus.jib.environment-variables): the C library keeps two malloc arenas, not
        // eight per core, each holding on to memory the JVM's threads freed (README "Performance", memory).
        environment.put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
        environment.put("MP_JWT_VERIFY_PUBLICKEY", tokens.publicKeyPem());
        environment.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        environment.put("MP_JWT_VERIFY_AUDIENCES", DevTokens.AUDIENCE);
        // content-service's REST client; the gateway's own settings (it forwards without a REST client).
        environment.put("QUARKUS_REST_CLIENT_CAMPAIGN_SERVICE_URL", "http://localhost:" + campaignPort);
        environment.put("GATEWAY_CAMPAIGN_SERVICE_URL", "http://localhost:" + campaignPort);
        environment.put("GATEWAY_CONTENT_SERVICE_URL", "http://localhost:" + contentPort);
        if (module.equals("content-service")) {
            // Webhooks may go to receivers on this machine, and to the API document's example address (which the
            // working day subscribes to), besides https URLs of public addresses.
            environment.put("CONTENT_WEBHOOKS_ALLOWED_URLS", "http://localhost:,https://webhooks.example.nl/");
            // content-service's own token (role "service"), to read campaign-service's events and deliver them as
            // webhooks: client credentials at the same development token endpoint.
            environment.putAll(tokenEndpoint.clientEnvironment(DevTokenEndpoint.CONTENT_SERVICE_CLIENT_ID));
        }
        if (module.equals("gateway")) {
            // The gateway's own token (role "service"), for the names in the anonymous public feed: client
            // credentials at the development issuer's token endpoint, short-lived and renewed by the gateway.
            environment.putAll(tokenEndpoint.clientEnvironment());
            // The console's development sign-in lists the personas whose tokens are written below; the gateway runs
            // under the "local" profile, because under "prod" it refuses development sign-in.
            environment.put("QUARKUS_PROFILE", "local");
            environment.put("GATEWAY_CONSOLE_DEV_TOKENS", tokenFolder.toString());
        }
        return environment;
    }

    private void printWhereToGo(Map<String, Path> tokenFiles) {
        String gateway = "http://localhost:" + settings.gatewayPort();
        String campaign = "http://localhost:" + settings.campaignPort();
        String content = "http://localhost:" + settings.contentPort();
        System.out.println();
        System.out.println("Job branding is running. Stop it with Ctrl-C.");
        System.out.println();
        System.out.println("  Console      " + gateway + "/console   (sign in as a demo persona: moderate, write, steer)");
        System.out.println("  API          " + gateway + "/api/v1   (the gateway: every operation of both services, and overviews)");
        System.out.println("  Swagger UI   " + gateway + "/q/swagger-ui   (the whole API)");
        System.out.println("  OpenAPI      " + gateway + "/api/v1/openapi.json");
        System.out.println("  Health       " + gateway + "/q/health   campaign-service " + campaign + "   content-service " + content);
        System.out.println();
        System.out.println("  Tokens, one per role (valid " + LocalTokens.HOURS + " hours, new ones at every start; the key pair is in "
                + settings.dataDir().resolve("keys") + "):");
        tokenFiles.forEach((who, file) -> System.out.printf("    %-22s %s%n", who, file));
        System.out.println();
        System.out.println("  Try: curl " + gateway + "/api/v1/published-stories");
        System.out.println("       curl -H \"Authorization: Bearer $(cat " + tokenFiles.get("campaign manager") + ")\" " + gateway
                + "/api/v1/campaigns");
        System.out.println("  PostgreSQL: jdbc:postgresql://localhost:" + settings.postgresPort() + "/campaign (user postgres), data in "
                + settings.dataDir());
        System.out.println();
    }

    /** Blocks until a service exits by itself (which is reported) or the launcher is stopped. */
    private void waitForAnExit() throws InterruptedException {
        while (true) {
            for (ServiceProcess service : started) {
                if (!service.isAlive()) {
                    System.err.println(service.name() + " stopped unexpectedly; see its log:\n" + service.logTail());
                    System.exit(1);
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Stops the gateway first, then the services, then PostgreSQL; each gets time to finish its requests. */
    private synchronized void stop() {
        if (started.isEmpty() && postgres == null && tokenEndpoint == null) {
            return;
        }
        say("Stopping");
        List<ServiceProcess> reversed = new ArrayList<>(started);
        java.util.Collections.reverse(reversed);
        LeftOvers leftOvers = new LeftOvers(settings.dataDir());
        reversed.forEach(service -> {
            service.stop(STOP_TIMEOUT);
            leftOvers.forget(service.name());
        });
        started.clear();
        if (tokenEndpoint != null) {
            tokenEndpoint.close();
            tokenEndpoint = null;
        }
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

    /** One Quarkus application of the product (its module), with its own database when it has one. */
    record Service(String module, int port, String database) {

        /** The run command's setting for this service's port, as README names it. */
        String portSetting() {
            return module.replace("-service", "") + ".port";
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
