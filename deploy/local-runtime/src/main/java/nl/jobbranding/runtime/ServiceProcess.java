package nl.jobbranding.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the product's Quarkus applications running as its own process from its packaged jar
 * ({@code <module>/target/quarkus-app/quarkus-run.jar}), configured through environment variables, with its
 * output in a log file. Used by the run command's launcher and by tests that need a real neighbouring service.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The project's root folder: the nearest folder upwards from the working directory that holds the Maven wrapper. */
    public static Path projectRoot() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.isRegularFile(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("Not inside the project: no mvnw above " + Path.of("").toAbsolutePath());
        }
        return folder;
    }

    public static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the module's packaged application on the port, with the environment variables added.
     *
     * @throws IllegalStateException when the module has not been packaged
     */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> environment, Path log) {
        return start(root, module, port, environment, log, List.of());
    }

    /** As {@link #start(Path, String, int, Map, Path)}, with options for the service's JVM (heap, collector). */
    public static ServiceProcess start(Path root, String module, int port, Map<String, String> environment, Path log,
                                       List<String> jvmOptions) {
        Path jar = jar(root, module);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; package it first (./mvnw package -DskipTests)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add(jar.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.resolve(module).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new ServiceProcess(module, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /**
     * The environment variables that point a service at its database on this PostgreSQL server: the service runs as
     * its application role, its migrations (Flyway) as the owner.
     */
    public static Map<String, String> datasource(LocalPostgres postgres, String database) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.applicationRole(database),
                "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                "QUARKUS_FLYWAY_USERNAME", LocalPostgres.USER,
                "QUARKUS_FLYWAY_PASSWORD", LocalPostgres.PASSWORD);
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @throws IllegalStateException with the end of the log when the process stops or is not ready in time
     */
    public ServiceProcess awaitReady(Duration timeout) throws InterruptedException {
        URI health = URI.create(baseUrl() + "/q/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see its log:\n" + logTail());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see its log:\n" + logTail());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process to stop (SIGTERM, so Quarkus shuts down gracefully); waits, then kills it. */
    public void stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process at once (SIGKILL): no shutdown, whatever it was doing is cut off, as in a crash. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(20));
    }

    /**
     * Freezes (SIGSTOP) or thaws (SIGCONT) the process: frozen, it still accepts connections but answers nothing,
     * which is what a hanging service looks like to its callers.
     */
    public void freeze(boolean frozen) {
        try {
            Process kill = new ProcessBuilder("kill", frozen ? "-STOP" : "-CONT", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill failed for " + name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling " + name, e);
        }
    }

    /** The whole log so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of the log, for telling why a start failed. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
