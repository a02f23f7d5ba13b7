package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.runtime.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail is append-only in the database itself (issue 13, item 7): the role the service runs as may read
 * and add entries, never change, delete or truncate them, and not even the schema's owner can truncate it.
 */
@QuarkusTest
class AuditTrailTest {

    @Test
    void theServicesRoleCannotChangeDeleteOrTruncateTheTrailAndTheOwnerCannotTruncateIt() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "checked on the test run's own PostgreSQL, whose owner role the test knows");
        Fixtures.createStory(activeSeries(false));
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        try (Connection service = DriverManager.getConnection(url, user, password)) {
            service.setAutoCommit(true);
            for (String change : new String[] {"update audit_event set reason = 'x'", "delete from audit_event",
                    "truncate audit_event"}) {
                SQLException refused = assertThrows(SQLException.class, () -> execute(service, change), change);
                assertTrue(refused.getMessage().contains("permission denied"), change + ": " + refused.getMessage());
            }
        }
        try (Connection owner = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(owner, "truncate audit_event"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
