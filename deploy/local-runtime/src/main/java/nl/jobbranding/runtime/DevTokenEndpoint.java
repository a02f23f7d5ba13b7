package nl.jobbranding.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The development issuer's OAuth 2.0 token endpoint (RFC 6749, section 4.4: client credentials), for the run command
 * and the tests: the gateway's OIDC client gets its own token here (role {@code service}, subject {@code gateway}),
 * short-lived and signed with the development key pair, and asks again before it expires, as it would at a real
 * identity provider. Loopback only; one client, whose secret is made at start.
 */
public final class DevTokenEndpoint implements AutoCloseable {

    /** The token path under {@link #baseUrl()}. */
    public static final String TOKEN_PATH = "/token";
    public static final String CLIENT_ID = "gateway";
    /** The gateway's role (see api-conventions' Roles). */
    private static final String SERVICE_ROLE = "service";
    private static final int MAX_FORM_BYTES = 4096;

    private final HttpServer server;
    private final DevTokens tokens;
    private final Duration lifetime;
    private final String secret;
    private final AtomicInteger issued = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private DevTokenEndpoint(DevTokens tokens, Duration lifetime) throws IOException {
        this.tokens = tokens;
        this.lifetime = lifetime;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext(TOKEN_PATH, this::token);
        server.start();
    }

    /** Starts the endpoint on a free loopback port; tokens live as long as given. */
    public static DevTokenEndpoint start(DevTokens tokens, Duration lifetime) {
        try {
            return new DevTokenEndpoint(tokens, lifetime);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the development token endpoint", e);
        }
    }

    /** The issuer's base URL, for {@code quarkus.oidc-client.auth-server-url}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** The client secret of {@link #CLIENT_ID}. */
    public String secret() {
        return secret;
    }

    /** How many tokens were issued so far. */
    public int issued() {
        return issued.get();
    }

    /**
     * The gateway's OIDC client settings for this endpoint, as Quarkus properties (no discovery, the token path,
     * client id and secret).
     */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.oidc-client.client-enabled", "true");
        properties.put("quarkus.oidc-client.auth-server-url", baseUrl());
        properties.put("quarkus.oidc-client.discovery-enabled", "false");
        properties.put("quarkus.oidc-client.token-path", TOKEN_PATH);
        properties.put("quarkus.oidc-client.client-id", CLIENT_ID);
        properties.put("quarkus.oidc-client.credentials.secret", secret);
        return properties;
    }

    /**
     * The same settings as environment variables, for a service started as a process. They keep the properties' exact
     * names (SmallRye Config reads an environment variable of a property's exact name first): in the upper-case form,
     * {@code QUARKUS_OIDC_CLIENT_...} is ambiguous beside quarkus-oidc, whose tenants it would read as a tenant named
     * "client".
     */
    public Map<String, String> clientEnvironment() {
        return new LinkedHashMap<>(clientProperties());
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                answer(exchange, 405, Map.of("error", "invalid_request"));
                return;
            }
            Map<String, String> form = form(exchange.getRequestBody());
            if (form == null) {
                answer(exchange, 400, Map.of("error", "invalid_request"));
                return;
            }
            if (!authenticated(exchange, form)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"dev\"");
                answer(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                answer(exchange, 400, Map.of("error", "unsupported_grant_type"));
                return;
            }
            String token = tokens.token(CLIENT_ID, CLIENT_ID, List.of(SERVICE_ROLE), null, lifetime);
            issued.incrementAndGet();
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            answer(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetime.toSeconds()));
        }
    }

    /** Client authentication by HTTP Basic (client_secret_basic) or in the form (client_secret_post). */
    private boolean authenticated(HttpExchange exchange, Map<String, String> form) {
        String id = form.get("client_id");
        String given = form.get("client_secret");
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                    given = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return CLIENT_ID.equals(id) && given != null
                && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
        if (bytes.length > MAX_FORM_BYTES) {
            return null;
        }
        Map<String, String> form = new HashMap<>();
        try {
            for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return form;
    }

    private void answer(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
