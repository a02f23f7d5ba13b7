package nl.jobbranding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Renders every overlay with {@code kubectl kustomize} (no cluster needed) and checks what operations rely on: probes,
 * requests and limits, autoscaling, one PostgreSQL cluster per service, no secret values in the manifests, the
 * services reachable only through the gateway.
 */
class ManifestsTest {

    private static final Set<String> APPS = Set.of("campaign-service", "content-service", "gateway");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|private_?key).*");

    @ParameterizedTest
    @ValueSource(strings = {"test", "production"})
    void everyOverlayRendersWithProbesLimitsAutoscalingAndNoPlainSecrets(String overlay) throws Exception {
        List<JsonNode> resources = render(Path.of("overlays", overlay));
        String namespace = overlay.equals("production") ? "job-branding" : "job-branding-test";
        resources.forEach(r -> {
            if (!r.path("kind").asText().equals("Namespace")) {
                assertEquals(namespace, r.path("metadata").path("namespace").asText(), name(r) + " is in the overlay's namespace");
            }
        });
        assertTrue(of(resources, "Secret").isEmpty(), "no Secret with values is part of the manifests");

        for (String app : APPS) {
            JsonNode deployment = one(resources, "Deployment", app);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), app + " readiness");
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), app + " liveness");
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), app + " startup");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.at("/resources/" + kind + "/" + resource).asText().isEmpty(), app + " " + kind + "." + resource);
                }
            }
            assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), app + " runs as non-root");
            assertFalse(container.path("image").asText().endsWith(":latest") || !container.path("image").asText().contains(":"),
                    app + " has a pinned image tag: " + container.path("image").asText());
            for (JsonNode env : container.path("env")) {
                if (SECRET_NAME.matcher(env.path("name").asText()).matches()) {
                    assertTrue(env.path("value").isMissingNode(), app + " takes " + env.path("name").asText() + " from a secret, not a value");
                    assertFalse(env.at("/valueFrom/secretKeyRef/name").asText().isEmpty(), app + " " + env.path("name").asText());
                }
            }
            assertFalse(container.path("envFrom").isEmpty(), app + " reads the shared configuration");
            one(resources, "Service", app);
            JsonNode hpa = one(resources, "HorizontalPodAutoscaler", app);
            assertEquals(app, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt(), app + " can scale");
        }
        for (String service : List.of("campaign", "content")) {
            JsonNode cluster = one(resources, "Cluster", service + "-db");
            assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
            assertEquals(service, cluster.at("/spec/bootstrap/initdb/database").asText(), "one database per service");
            JsonNode deployment = one(resources, "Deployment", service + "-service");
            assertTrue(deployment.toString().contains("\"name\":\"" + service + "-db-app\""), service + " reads its own database's secret");
            // Migrations as the database's owner (CloudNativePG's app secret), the service as its own role.
            JsonNode env = deployment.at("/spec/template/spec/containers/0/env");
            assertEquals(service + "-db-app", secretOf(env, "QUARKUS_FLYWAY_USERNAME"), service + ": Flyway runs as the owner");
            assertEquals(service + "-db-app", secretOf(env, "QUARKUS_FLYWAY_PASSWORD"), service + ": Flyway runs as the owner");
            assertEquals(service + "-db-service", secretOf(env, "QUARKUS_DATASOURCE_USERNAME"), service + " runs as its own role");
            assertEquals(service + "-db-service", secretOf(env, "QUARKUS_DATASOURCE_PASSWORD"), service + " runs as its own role");
            assertFalse(deployment.toString().contains("jdbc-uri"), service + ": the JDBC URL carries no owner's credentials");
            JsonNode role = cluster.at("/spec/managed/roles/0");
            assertEquals(service + "_app", role.path("name").asText(), service + ": the service's role is declared");
            assertTrue(role.path("login").asBoolean() && !role.path("superuser").asBoolean() && !role.path("createdb").asBoolean());
            assertEquals(service + "-db-service", role.at("/passwordSecret/name").asText());
        }
        JsonNode ingress = one(resources, "Ingress", "gateway");
        assertEquals(1, of(resources, "Ingress").size(), "only the gateway is exposed");
        assertTrue(ingress.toString().contains("\"path\":\"/api\""));
        assertEquals(2, of(resources, "NetworkPolicy").size(), "the services accept traffic only from inside the product");
        JsonNode config = of(resources, "ConfigMap").get(0);
        assertTrue(config.at("/data/MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText().startsWith("https://"), "keys from the identity provider");
        assertEquals("true", config.at("/data/QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText(), "logs as JSON for the log collector");
        if (overlay.equals("production")) {
            for (String app : APPS) {
                assertTrue(one(resources, "HorizontalPodAutoscaler", app).at("/spec/minReplicas").asInt() >= 2, app + " runs twice at least");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theComposeFileStartsEachServiceOnlyWhenWhatItNeedsIsHealthy() throws IOException {
        // SnakeYAML applies the merge keys (<<: *service) that Compose uses; Jackson's YAML reader does not.
        Object loaded = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of(System.getProperty("user.dir"))
                .resolve("../compose/compose.yaml")));
        JsonNode compose = new ObjectMapper().valueToTree(loaded);
        JsonNode services = compose.path("services");
        for (String service : List.of("postgres", "campaign-service", "content-service", "gateway")) {
            assertFalse(services.path(service).path("healthcheck").path("test").isMissingNode(), service + " has a health check");
        }
        assertEquals("service_healthy", services.at("/campaign-service/depends_on/postgres/condition").asText());
        assertEquals("service_healthy", services.at("/content-service/depends_on/campaign-service/condition").asText());
        assertEquals("service_healthy", services.at("/gateway/depends_on/content-service/condition").asText());
        assertEquals("service_healthy", services.at("/gateway/depends_on/campaign-service/condition").asText());
        assertTrue(services.at("/campaign-service/healthcheck/test").toString().contains("/q/health/ready"));
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields().forEachRemaining(env -> {
            if (SECRET_NAME.matcher(env.getKey()).matches()) {
                assertTrue(env.getValue().asText().isEmpty() || env.getValue().asText().startsWith("${"),
                        service.getKey() + " " + env.getKey() + " comes from the environment, not from the file");
            }
        }));
        for (String service : List.of("campaign", "content")) {
            JsonNode env = services.at("/" + service + "-service/environment");
            assertEquals(service, env.path("QUARKUS_FLYWAY_USERNAME").asText(), service + ": migrations as the database's owner");
            assertEquals(service + "_app", env.path("QUARKUS_DATASOURCE_USERNAME").asText(), service + " runs as its own role");
            assertTrue(Files.readString(Path.of(System.getProperty("user.dir")).resolve("../compose/initdb/10-databases.sh"))
                    .contains("CREATE USER " + service + "_app "), service + "'s role is made with the database");
        }
        assertEquals(List.of("8080:8080"), List.of(services.at("/gateway/ports/0").asText()), "only the gateway is published");
        assertTrue(services.path("campaign-service").path("ports").isMissingNode());
    }

    private static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("user.dir"));
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", base.resolve(overlay).toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "kubectl is required in CI");
            Assumptions.abort("kubectl is not installed, so the manifests are not rendered here: " + e.getMessage());
            throw e;
        }
        byte[] output = kubectl.getInputStream().readAllBytes();
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            fail("kubectl kustomize " + overlay + " failed:\n" + new String(output, StandardCharsets.UTF_8));
        }
        Files.createDirectories(base.resolve("target"));
        Files.write(base.resolve("target").resolve(overlay.getFileName() + ".yaml"), output);
        List<JsonNode> resources = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (YAMLParser parser = new YAMLFactory().createParser(output)) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(resources::add);
        }
        return resources;
    }

    private static String secretOf(JsonNode env, String name) {
        for (JsonNode variable : env) {
            if (variable.path("name").asText().equals(name)) {
                return variable.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        return fail("no " + name);
    }

    private static List<JsonNode> of(List<JsonNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode one(List<JsonNode> resources, String kind, String name) {
        return of(resources, kind).stream().filter(r -> r.at("/metadata/name").asText().equals(name)).findFirst()
                .orElseGet(() -> fail("no " + kind + " " + name));
    }

    private static String name(JsonNode resource) {
        return resource.path("kind").asText() + " " + resource.at("/metadata/name").asText();
    }
}
