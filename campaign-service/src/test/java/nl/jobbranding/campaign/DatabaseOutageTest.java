package nl.jobbranding.campaign;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.jobbranding.runtime.LocalPostgres;
import nl.jobbranding.runtime.PostgresTestResource;
import nl.jobbranding.runtime.TokenTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.jobbranding.campaign.TestData.given;
import static nl.jobbranding.campaign.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away and comes back (issue 13, item 16): pooled connections it broke are replaced instead of
 * failing requests, while it refuses connections every request is a 503 problem with Retry-After (never a 500),
 * and the service answers again as soon as it is back, without a restart; no acknowledged write is lost.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    @Test
    void brokenPooledConnectionsAreReplacedAndAnOutageIsA503() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null,
                "needs the test run's own PostgreSQL, which the test may disturb");
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1);
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.add(create().then().statusCode(201).extract().path("code"));
        }

        try (Connection postgres = DriverManager.getConnection(admin, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            execute(postgres, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
            for (int i = 0; i < 5; i++) {
                acknowledged.add(create().then().statusCode(201).extract().path("code"));
            }

            execute(postgres, "alter database " + database + " allow_connections false");
            try {
                execute(postgres, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
                for (int i = 0; i < 3; i++) {
                    Response refused = create();
                    assertEquals(503, refused.statusCode(), refused.asString());
                    assertEquals("application/problem+json", refused.contentType());
                    assertTrue(refused.header("Retry-After") != null, "Retry-After is sent");
                    given().get("/api/v1/target-groups").then().statusCode(503);
                }
            } finally {
                execute(postgres, "alter database " + database + " allow_connections true");
            }
        }
        long back = System.nanoTime();
        acknowledged.add(create().then().statusCode(201).extract().path("code"));
        long millis = (System.nanoTime() - back) / 1_000_000;
        System.out.println("First write after the database came back: " + millis + " ms");
        assertTrue(millis < 1_000, "the first write after the outage took " + millis + " ms");
        for (String code : acknowledged) {
            given().get("/api/v1/target-groups/" + code).then().statusCode(200);
        }
    }

    private static Response create() {
        return given().contentType(ContentType.JSON).body(Map.of("code", unique("tg"), "name", "Zij-instromers"))
                .post("/api/v1/target-groups");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
