package nl.jobbranding.runtime;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The one PostgreSQL server of a test run (one JVM): started on first use in the build directory, deleted when the
 * JVM ends. Each service under test gets its own database in it.
 */
public final class TestPostgres {

    private static LocalPostgres shared;

    private TestPostgres() {
    }

    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            Path dataDirectory = Path.of(System.getProperty("java.io.tmpdir"), "pg-" + UUID.randomUUID());
            LocalPostgres started = LocalPostgres.start(dataDirectory, 0, true);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
            shared = started;
        }
        return shared;
    }
}
