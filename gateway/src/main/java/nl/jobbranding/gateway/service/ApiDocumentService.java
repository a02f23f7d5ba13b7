package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gateway's one OpenAPI document, assembled from the services' own documents (never copied by hand): their paths,
 * tags and components, under the gateway's title and description. A component two services define differently is
 * renamed for the second one (its references follow). Assembled at most every {@code gateway.api-document.refresh};
 * a service that does not answer keeps its last document.
 */
@ApplicationScoped
public class ApiDocumentService {

    private static final Logger LOG = Logger.getLogger(ApiDocumentService.class);
    private static final String DOCUMENT = "/api/v1/openapi.json";

    private final DownstreamClient downstream;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final OpenApiDocumentService own;
    private final Map<Downstream, JsonNode> lastGood = new EnumMap<>(Downstream.class);
    private ObjectNode assembled;
    private Instant assembledAt = Instant.MIN;

    ApiDocumentService(DownstreamClient downstream, GatewayConfig config, ObjectMapper json, Clock clock, OpenApiDocumentService own) {
        this.own = own;
        this.downstream = downstream;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    public synchronized ObjectNode document() {
        Instant now = clock.instant();
        if (assembled != null && assembledAt.plus(config.apiDocument().refresh()).isAfter(now)) {
            return assembled;
        }
        for (Downstream service : Downstream.values()) {
            fetch(service);
        }
        for (Downstream service : Downstream.values()) {
            if (!lastGood.containsKey(service)) {
                throw ServiceException.unavailable(service.serviceName(), DownstreamClient.OPEN_SECONDS);
            }
        }
        assembled = merge();
        assembledAt = now;
        return assembled;
    }

    private void fetch(Downstream service) {
        try {
            HttpResponse<byte[]> response = downstream.send(service, "GET", DOCUMENT, Map.of("Accept", List.of("application/json")), null);
            if (response.statusCode() == 200) {
                lastGood.put(service, json.readTree(response.body()));
                return;
            }
            LOG.warnf("%s answered %d for its API document", service.serviceName(), response.statusCode());
        } catch (ServiceException | IOException e) {
            LOG.warnf("%s's API document is not available: %s", service.serviceName(), e.getMessage());
        }
    }

    /** The gateway's own operations (the composed views), as SmallRye OpenAPI describes them. */
    private JsonNode gatewayDocument() {
        try {
            return json.readTree(own.getDocument("<default>", Format.JSON));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ObjectNode merge() {
        ObjectNode result = json.createObjectNode();
        result.put("openapi", lastGood.values().iterator().next().path("openapi").asText("3.1.0"));
        ObjectNode info = result.putObject("info");
        GatewayConfig.ApiDocument doc = config.apiDocument();
        info.put("title", doc.title()).put("version", doc.version()).put("description", doc.description());
        info.set("contact", lastGood.values().iterator().next().path("info").path("contact").deepCopy());
        info.set("license", lastGood.values().iterator().next().path("info").path("license").deepCopy());
        result.putArray("servers").addObject().put("url", "/api/v1").put("description", "The API, through the gateway.");
        ArrayNode tags = result.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        ObjectNode paths = result.putObject("paths");
        ObjectNode components = result.putObject("components");
        Map<String, JsonNode> sources = new java.util.LinkedHashMap<>();
        lastGood.forEach((service, document) -> sources.put(service.serviceName(), document));
        sources.put("gateway", gatewayDocument());
        for (Map.Entry<String, JsonNode> entry : sources.entrySet()) {
            JsonNode document = entry.getValue().deepCopy();
            renameConflicts(document, components, entry.getKey());
            document.path("paths").fields().forEachRemaining(path -> {
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException("Two services serve " + path.getKey());
                }
                path.getValue().forEach(ApiDocumentService::documentTokenRefusal);
                paths.set(path.getKey(), path.getValue());
            });
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            document.path("components").fields().forEachRemaining(kind -> {
                ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey()) : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue()));
            });
            if (document.has("security") && !result.has("security")) {
                result.set("security", document.get("security"));
            }
        }
        return result;
    }

    /**
     * The gateway checks a token sent with any request, also on a read open to anonymous callers (forwarded ones and
     * the public feed), and refuses an invalid one (expired, forged, for another audience) with 401; the documents the
     * operations come from leave that out where they need no token.
     */
    private static void documentTokenRefusal(JsonNode operation) {
        JsonNode responses = operation.path("responses");
        if (responses instanceof ObjectNode answers && !answers.has("401") && answers.has("500")) {
            answers.putObject("401").put("description", "The bearer token sent is invalid, expired or made for another API. "
                    + "Send a valid one, or (on a public read) none.").set("content", answers.path("500").path("content").deepCopy());
        }
    }

    /** Renames the service's components that another service already defines differently, with their references. */
    private static void renameConflicts(JsonNode document, ObjectNode merged, String source) {
        JsonNode components = document.path("components");
        String prefix = Character.toUpperCase(source.charAt(0)) + source.substring(1).replace("-s", "S");
        components.fields().forEachRemaining(kind -> {
            JsonNode existing = merged.path(kind.getKey());
            ObjectNode own = (ObjectNode) kind.getValue();
            for (String name : fieldNames(own)) {
                if (existing.has(name) && !existing.get(name).equals(own.get(name))) {
                    String renamed = prefix + name;
                    own.set(renamed, own.remove(name));
                    rewriteRefs(document, "#/components/" + kind.getKey() + "/" + name, "#/components/" + kind.getKey() + "/" + renamed);
                }
            }
        });
    }

    private static void rewriteRefs(JsonNode node, String from, String to) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().equals(from)) {
                object.set("$ref", TextNode.valueOf(to));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, from, to));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, from, to));
        }
    }

    /** A copy of the names, so that renaming while going through them is safe. */
    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
