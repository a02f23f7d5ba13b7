package nl.jobbranding.runtime;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quarkus test resource: another of the product's services, really running (its packaged jar as a process, on
 * its own database in the tests' PostgreSQL server), for a service whose tests call it over HTTP. Init arguments:
 * {@code module} (such as campaign-service), {@code database} (its database name) and {@code urlProperty} (the
 * configuration key that receives its base URL, such as {@code quarkus.rest-client.campaign-service.url}).
 * <p>
 * Tests may stop and start it again ({@link #stop(String)}, {@link #restart(String)}) to see how their service
 * behaves while it is down.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String MODULE_ARG = "module";
    public static final String DATABASE_ARG = "database";
    public static final String URL_PROPERTY_ARG = "urlProperty";
    public static final String USES_ARG = "uses";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final Map<String, Running> RUNNING = new ConcurrentHashMap<>();

    private String module;
    private String database;
    private String urlProperty;
    private List<String> uses = List.of();

    private record Running(ServiceProcess process, Map<String, String> environment) {
    }

    @Override
    public void init(Map<String, String> initArgs) {
        module = required(initArgs, MODULE_ARG);
        database = required(initArgs, DATABASE_ARG);
        urlProperty = required(initArgs, URL_PROPERTY_ARG);
        String used = initArgs.get(USES_ARG);
        uses = used == null || used.isBlank() ? List.of() : List.of(used.split("\\s*,\\s*"));
    }

    @Override
    public int order() {
        return uses.size();
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> environment = new HashMap<>(ServiceProcess.datasource(TestPostgres.shared(), database));
        // The service trusts the test run's development key pair, like the service under test (TokenTestResource).
        environment.put("MP_JWT_VERIFY_PUBLICKEY", DevTokens.forTests().publicKeyPem());
        environment.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        // An expired token is refused within a second, not after the default 60 s of clock skew, so that tests which
        // outlive a short-lived token (the gateway's own, issue 13 item 6) see it refused unless it was renewed.
        environment.put("MP_JWT_VERIFY_CLOCK_SKEW", "1");
        // Its audience is its own application.properties' (issue 13, item 4): tests check the product's setting.
        // Traced like in production, so that tests can follow a trace id through the hops (spans are not exported).
        environment.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://localhost:9");
        for (String used : uses) {
            environment.put("QUARKUS_REST_CLIENT_" + used.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL", baseUrl(used));
        }
        TestPostgres.shared().ensureDatabase(database);
        ServiceProcess process = startAndWait(module, environment, ServiceProcess.freePort());
        RUNNING.put(module, new Running(process, environment));
        return Map.of(urlProperty, process.baseUrl());
    }

    @Override
    public void stop() {
        Running running = RUNNING.remove(module);
        if (running != null) {
            running.process().close();
        }
    }

    /** The base URL of a running service, such as {@code http://localhost:41234}. */
    public static String baseUrl(String module) {
        return running(module).process().baseUrl();
    }

    /** What the running service has logged so far. */
    public static String log(String module) {
        return running(module).process().log();
    }

    /** Freezes the service: it accepts connections but answers nothing, like a hanging service. */
    public static void freeze(String module) {
        running(module).process().freeze(true);
    }

    /** Lets a frozen service go on. */
    public static void thaw(String module) {
        running(module).process().freeze(false);
    }

    /** Stops the service, as if it crashed or was taken down. */
    public static void stop(String module) {
        running(module).process().stop(Duration.ofSeconds(20));
    }

    /** Starts a stopped service again on the same port and database. */
    public static void restart(String module) {
        restart(module, Map.of());
    }

    /**
     * Restarts the service on the same port and database with some settings changed (environment variables, such as
     * {@code MP_JWT_VERIFY_AUDIENCES}); {@link #restart(String)} goes back to its own settings.
     */
    public static void restart(String module, Map<String, String> changed) {
        Running running = running(module);
        running.process().stop(Duration.ofSeconds(20));
        Map<String, String> environment = new HashMap<>(running.environment());
        environment.putAll(changed);
        ServiceProcess process = startAndWait(module, environment, running.process().port());
        // the settings it was started with by its test resource stay the ones a plain restart goes back to
        RUNNING.put(module, new Running(process, running.environment()));
    }

    /**
     * Starts another instance of a running service, on a port of its own and the same database, with some settings
     * changed (environment variables, such as {@code QUARKUS_HTTP_PROXY_TRUSTED_PROXIES}); the caller closes it.
     */
    public static ServiceProcess startAnother(String module, Map<String, String> changed) {
        Map<String, String> environment = new HashMap<>(running(module).environment());
        environment.putAll(changed);
        return startAndWait(module, environment, ServiceProcess.freePort());
    }

    private static ServiceProcess startAndWait(String module, Map<String, String> environment, int port) {
        Path root = ServiceProcess.projectRoot();
        Path log = Path.of(System.getProperty("java.io.tmpdir"), module + "-" + port + ".log");
        ServiceProcess process = ServiceProcess.start(root, module, port, environment, log);
        try {
            return process.awaitReady(READY_TIMEOUT);
        } catch (InterruptedException e) {
            process.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + module, e);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    private static Running running(String module) {
        Running running = RUNNING.get(module);
        if (running == null) {
            throw new IllegalStateException(module + " is not started by a ServiceTestResource");
        }
        return running;
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("ServiceTestResource needs the init argument " + name);
        }
        return value;
    }
}
