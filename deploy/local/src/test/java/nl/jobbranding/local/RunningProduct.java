package nl.jobbranding.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The product as the run command starts it (the launcher as its own process, with demo data), on a temporary data
 * directory and free ports, for tests that use it the way a user does: through the gateway, with the tokens the run
 * command writes. {@link #close()} is Ctrl-C.
 */
final class RunningProduct implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    final Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "product-" + UUID.randomUUID());
    final int gatewayPort = freePort();
    private final Process process;
    private final Path output;

    private RunningProduct() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        output = dataDir.resolve("launcher.out");
        process = launch(dataDir, output, freePort(), gatewayPort, freePort(), freePort());
    }

    /**
     * Starts the launcher as its own process, as the run command's profile in deploy/local/pom.xml does, with its output
     * in {@code output}, and waits until it says the product is running; a launcher that stops or takes too long is
     * killed and the test fails with its output.
     */
    static Process launch(Path dataDir, Path output, int postgresPort, int gatewayPort, int campaignPort, int contentPort)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:+UseSerialGC", // as the run profile in deploy/local/pom.xml starts it
                // Its own temporary folder, as on a new machine: PostgreSQL's binaries are unpacked by the launcher itself
                // (with a 64 MB heap that ran out of memory, which only a machine that never ran the tests showed).
                "-Djava.io.tmpdir=" + Files.createDirectories(dataDir.resolve("tmp")),
                "-cp", System.getProperty("launcher.classpath"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                Launcher.class.getName(),
                "--root=" + System.getProperty("project.root"),
                "--data-dir=" + dataDir,
                "--postgres-port=" + postgresPort,
                "--gateway-port=" + gatewayPort,
                "--campaign-port=" + campaignPort,
                "--content-port=" + contentPort))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(output).contains("Job branding is running")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new AssertionError("The launcher did not start:\n" + Files.readString(output));
            }
            Thread.sleep(250);
        }
        return process;
    }

    static RunningProduct start() throws IOException, InterruptedException {
        return new RunningProduct();
    }

    /** The API's base URL at the gateway, as README's examples use it. */
    String api() {
        return "http://localhost:" + gatewayPort + "/api/v1";
    }

    Path tokens() {
        return dataDir.resolve("tokens");
    }

    String token(String persona) throws IOException {
        return Files.readString(tokens().resolve(persona + ".jwt")).trim();
    }

    String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
