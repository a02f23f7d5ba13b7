package nl.jobbranding.content;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published version the gateway's public feed checks (issue 14): it changes with every change into or out of the
 * published set that commits, whatever the order of commits. Two transactions through the real database: a withdrawal
 * takes its audit id first, a publication takes a later id and commits first; when the withdrawal commits, the version
 * must change again, or the gateway would keep serving the withdrawn story from memory.
 */
@QuarkusTest
class PublishedVersionTest {

    @TestHTTPResource("/api/v1/published-version")
    URL versionUrl;

    @Test
    void aChangeWhoseIdWasTakenEarlierButCommittedLastStillChangesTheVersion() throws Exception {
        UUID story = UUID.fromString(Fixtures.createStory(activeSeries(false)));
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        try (Connection withdrawal = DriverManager.getConnection(url, user, password);
             Connection publication = DriverManager.getConnection(url, user, password)) {
            withdrawal.setAutoCommit(false);
            publication.setAutoCommit(false);
            audit(withdrawal, story, "WITHDRAW", "PUBLISHED", "WITHDRAWN");
            audit(publication, story, "PUBLISH", "SCHEDULED", "PUBLISHED");
            publication.commit();
            // What a gateway confirms now, while the withdrawal is not committed: its pages still show the story.
            long seen = version();

            withdrawal.commit();
            assertNotEquals(seen, version(), "the withdrawal, committed last with the earlier id, changes the version");
        }
    }

    /** Adds an audit entry in the connection's open transaction (its id is taken now, as the workflow's would be). */
    private static void audit(Connection connection, UUID story, String action, String from, String to) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (story_id, at, actor_id, actor_name, "
                + "actor_role, action, from_state, to_state, revision) values (?, now(), 'test', 'Test', 'community-manager', ?, ?, ?, 1)")) {
            insert.setObject(1, story);
            insert.setString(2, action);
            insert.setString(3, from);
            insert.setString(4, to);
            insert.executeUpdate();
        }
    }

    /** Asked as the gateway asks it: this internal read is not in the API document, so not through the contract suite. */
    private long version() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(versionUrl.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher version = Pattern.compile("\\{\"version\":(\\d+)}").matcher(answer.body());
        assertTrue(version.matches(), answer.body());
        return Long.parseLong(version.group(1));
    }
}
