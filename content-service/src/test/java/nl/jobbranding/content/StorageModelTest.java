package nl.jobbranding.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import nl.jobbranding.content.mapping.StoredForms;
import nl.jobbranding.content.model.stored.StoredContentV1;
import nl.jobbranding.content.model.stored.StoredScreeningV1;
import nl.jobbranding.content.model.stored.StoredVerdictsV1;
import nl.jobbranding.content.screening.ScreeningResult;
import nl.jobbranding.runtime.LocalPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.jobbranding.content.Fixtures.activeSeries;
import static nl.jobbranding.content.Fixtures.approvedStory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Storage model apart from the API (issue 15, item 6): every JSON document content-service stores is a stored record
 * with its schema version, with exactly that record's fields, and a database of the older form is rewritten into it by
 * Flyway, also when the migration arrives after later versions were applied.
 */
@QuarkusTest
class StorageModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStoredDocumentHasExactlyItsStoredRecordsFieldsAndItsVersion() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null, "the test run's own PostgreSQL");
        String story = approvedStory(activeSeries(false), "Fatima");
        try (Connection owner = DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            UUID id = UUID.fromString(story);
            assertStoredForm(StoredContentV1.class, read(owner, "select content from story where id = ?", id));
            assertStoredForm(StoredContentV1.class, read(owner, "select content from story_revision where story_id = ?", id));
            JsonNode screening = read(owner, "select screening from story_revision where story_id = ?", id);
            assertStoredForm(StoredScreeningV1.class, screening);
            assertStoredForm(StoredVerdictsV1.class, read(owner, "select verdicts from review where story_id = ?", id));
        }
    }

    @Test
    void documentsOfTheOlderFormAreRewrittenByTheMigration() throws Exception {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null, "the test run's own PostgreSQL");
        String database = "stored_forms_" + Long.toString(System.nanoTime(), 36);
        try (Connection server = DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            execute(server, "create database " + database);
        }
        String url = jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        Path before = Files.createTempDirectory("migrations-before-v90");
        try {
            // A database migrated by the release before: every version below 90 (later ones came after V90).
            List<String> since = new java.util.ArrayList<>();
            try (Stream<Path> all = Files.list(migrations())) {
                for (Path file : all.toList()) {
                    String version = file.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1");
                    if (Integer.parseInt(version) < 90) {
                        Files.copy(file, before.resolve(file.getFileName()));
                    } else {
                        since.add(version);
                    }
                }
            }
            since.sort(java.util.Comparator.comparingInt(Integer::parseInt));
            flyway(url, "filesystem:" + before).migrate();
            UUID story = UUID.randomUUID();
            UUID review = UUID.randomUUID();
            UUID person = UUID.randomUUID();
            String oldContent = "{\"title\": \"Een nachtdienst\", \"summary\": null, \"body\": \"Om tien uur begint mijn dienst.\","
                    + " \"bodyFormat\": \"markdown\", \"language\": \"nl\", \"channels\": [\"linkedin\"], \"tags\": null,"
                    + " \"media\": [{\"url\": \"https://media.example.nl/foto.jpg\", \"altText\": \"Een gang.\"}],"
                    + " \"vacancyLinks\": [], \"author\": {\"name\": \"Sanne\", \"pseudonym\": true, \"role\": \"Bewaarder\"},"
                    + " \"featuredPeople\": [\"" + person + "\"], \"contactPerson\": {\"name\": \"Team Werken bij\","
                    + " \"email\": \"werkenbij@example.nl\"}}";
            // written before "omitted" existed, a severity as the screen's lower-case code
            String oldScreening = "{\"rulesVersion\": \"2026-10-01\", \"findings\": [{\"id\": \"careful.name@body:0-3\","
                    + " \"value\": \"careful\", \"rule\": \"careful.name\", \"severity\": \"warn\", \"messageNl\": \"Een naam.\","
                    + " \"messageEn\": \"A name.\", \"field\": \"body\", \"start\": 0, \"end\": 3, \"excerpt\": \"Om \","
                    + " \"suggestion\": null, \"channel\": null}], \"readability\": {\"score\": 71.5, \"targetLevel\": \"B1\","
                    + " \"minimumScore\": 60, \"words\": 6, \"sentences\": 1, \"longSentences\": 0}}";
            String oldVerdicts = "{\"values\": [{\"value\": \"careful\", \"verdict\": \"meets\", \"explanation\": null}],"
                    + " \"channels\": [{\"channel\": \"linkedin\", \"verdict\": \"concern\", \"explanation\": \"Te lang.\"}]}";
            try (Connection old = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
                update(old, "insert into story (id, series_id, unit_code, state, revision, content, created_by, version, created_at,"
                        + " updated_at) values (?, ?, 'DJI', 'SUBMITTED', 1, cast(? as jsonb), 'editor', 1, now(), now())",
                        story, UUID.randomUUID(), oldContent);
                update(old, "insert into story_revision (story_id, number, content, created_by, created_by_name, created_at,"
                        + " screening, screened_at) values (?, 1, cast(? as jsonb), 'editor', 'Redactie', now(),"
                        + " cast(? as jsonb), now())", story, oldContent, oldScreening);
                update(old, "insert into review (id, story_id, revision, reviewer_id, reviewer_name, decision, verdicts,"
                        + " decided_at) values (?, ?, 1, 'cm', 'Fatima', 'REQUEST_CHANGES', cast(? as jsonb), now())",
                        review, story, oldVerdicts);
            }

            MigrateResult result = flyway(url, "classpath:db/migration").migrate();
            assertEquals(since, result.migrations.stream().map(m -> m.version).toList(), "V90 and what came after applied");
            assertEquals("90", since.get(0));

            try (Connection migrated = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
                JsonNode content = read(migrated, "select content from story where id = ?", story);
                assertStoredForm(StoredContentV1.class, content);
                assertEquals(content, read(migrated, "select content from story_revision where story_id = ?", story));
                assertEquals(person.toString(), content.get("featuredPeople").get(0).asText());
                assertTrue(content.get("contactPerson").get("phone").isNull(), content.toString());

                JsonNode screening = read(migrated, "select screening from story_revision where story_id = ?", story);
                assertStoredForm(StoredScreeningV1.class, screening);
                assertEquals("WARN", screening.get("findings").get(0).get("severity").asText());
                assertEquals(0, screening.get("omitted").size());
                JsonNode verdicts = read(migrated, "select verdicts from review where id = ?", review);
                assertStoredForm(StoredVerdictsV1.class, verdicts);

                // what the service reads from the rewritten rows is what the old ones said
                var readBack = new StoredForms.ContentConverter().convertToEntityAttribute(content.toString());
                assertEquals("Om tien uur begint mijn dienst.", readBack.body());
                assertEquals(List.of(person), readBack.featuredPeople());
                ScreeningResult readScreening = new StoredForms.ScreeningConverter().convertToEntityAttribute(screening.toString());
                assertEquals(3, readScreening.findings().get(0).end());
                assertEquals(71.5, readScreening.readability().score());
                var readVerdicts = new StoredForms.VerdictsConverter().convertToEntityAttribute(verdicts.toString());
                assertEquals("Te lang.", readVerdicts.channels().get(0).explanation());
            }
        } finally {
            try (Stream<Path> files = Files.list(before)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(before);
            try (Connection server = DriverManager.getConnection(jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
                execute(server, "drop database if exists " + database + " with (force)");
            }
        }
    }

    private static Flyway flyway(String url, String location) {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, LocalPostgres.PASSWORD).locations(location)
                .placeholders(Map.of("application_role", LocalPostgres.USER)).load();
    }

    private static Path migrations() throws URISyntaxException {
        return Path.of(StorageModelTest.class.getClassLoader().getResource("db/migration").toURI());
    }

    /** The document has the record's fields, no other, recursively, and the record's version. */
    private static void assertStoredForm(Class<? extends Record> record, JsonNode document) throws Exception {
        assertNotNull(document, record.getSimpleName());
        assertEquals(record.getField("SCHEMA").getInt(null), document.get("schema").asInt(), document.toString());
        assertFields(record, document, record.getSimpleName());
    }

    private static void assertFields(Class<?> record, JsonNode node, String where) {
        Set<String> expected = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            expected.add(component.getName());
        }
        Set<String> actual = new TreeSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            actual.add(names.next());
        }
        assertEquals(expected, actual, where + ": " + node);
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode value = node.get(component.getName());
            Type type = component.getGenericType();
            if (component.getType().isRecord() && !value.isNull()) {
                assertFields(component.getType(), value, where + "." + component.getName());
            } else if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> item
                    && item.isRecord() && !value.isNull()) {
                for (JsonNode element : value) {
                    assertFields(item, element, where + "." + component.getName() + "[]");
                }
            }
        }
    }

    private static JsonNode read(Connection connection, String sql, UUID id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                String text = rows.getString(1);
                return text == null ? null : JSON.readTree(text);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String jdbcUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }
}
