package nl.jobbranding.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an earlier run may have left behind when its launcher did not get to stop it (killed with SIGKILL, a crash,
 * a closed terminal): the services it started keep running and hold their ports. Each started service is recorded
 * in {@code <data dir>/run/<module>.pid} (process id and jar); the next start stops those that still run that jar.
 */
final class LeftOvers {

    private final Path folder;

    LeftOvers(Path dataDir) {
        this.folder = dataDir.resolve("run");
    }

    void record(String module, long pid, Path jar) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(module + ".pid"), pid + " " + jar + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder, e);
        }
    }

    void forget(String module) {
        try {
            Files.deleteIfExists(folder.resolve(module + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete from " + folder, e);
        }
    }

    /** Stops every recorded service that still runs its jar; returns how many there were. */
    int stopServices() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int stopped = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.pid")) {
            for (Path file : files) {
                String[] record = Files.readString(file).trim().split(" ", 2);
                Optional<ProcessHandle> process = record.length == 2 && record[0].matches("\\d+")
                        ? ProcessHandle.of(Long.parseLong(record[0]))
                                .filter(p -> p.info().commandLine().map(c -> c.contains(record[1])).orElse(false))
                        : Optional.empty();
                if (process.isPresent()) {
                    System.out.println("[run] " + file.getFileName().toString().replace(".pid", "") + " (process "
                            + process.get().pid() + ") was left running by an earlier run; stopping it");
                    stop(process.get());
                    stopped++;
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
        return stopped;
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @throws Launcher.LaunchException naming the port and the setting that changes it, when another program
     *                                  listens on it
     */
    static void requireFree(int port, String setting) throws Launcher.LaunchException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new Launcher.LaunchException("port " + port + " is taken by another program; stop it, or start on another port with -D"
                    + setting + "=<port>");
        }
    }
}
