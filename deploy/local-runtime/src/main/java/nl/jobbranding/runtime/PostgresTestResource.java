package nl.jobbranding.runtime;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: the real PostgreSQL server of the test run ({@link TestPostgres}), with the service's
 * own database in it. Use it with {@code @WithTestResource(value = PostgresTestResource.class,
 * scope = TestResourceScope.GLOBAL)} so that every test class shares the server and the application.
 * <p>
 * When {@code QUARKUS_DATASOURCE_JDBC_URL} is set, the tests run against that external PostgreSQL instead
 * and nothing is started.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, database);
    }

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        LocalPostgres postgres = TestPostgres.shared();
        postgres.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.applicationRole(database),
                "quarkus.datasource.password", LocalPostgres.PASSWORD,
                "quarkus.flyway.username", LocalPostgres.USER,
                "quarkus.flyway.password", LocalPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        // the server is shared by every test resource of the run and stops with the JVM
    }
}
