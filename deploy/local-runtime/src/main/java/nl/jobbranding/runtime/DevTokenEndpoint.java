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
 * and the tests: the gateway's and content-service's OIDC clients get their own tokens here (role {@code service}, subject the
 * client's id), short-lived and signed with the development key pair, and ask again before they expire, as they would
 * at a real identity provider. Loopback only; two clients ({@link #CLIENT_ID}, {@link #CONTENT_SERVICE_CLIENT_ID}),
 * whose secrets are made at start.
 */
public final class DevTokenEndpoint implements AutoCloseable {

    /** The token path under {@link #baseUrl()}. */
    public static final String TOKEN_PATH = "/token";
    public static final String CLIENT_ID = "gateway";
    /** content-service's client: it reads campaign-service's events feed on its own behalf, to deliver them. */
    public static final String CONTENT_SERVICE_CLIENT_ID = "content-service";
    /** The gateway's role (see api-conventions' Roles). */
    private static final String SERVICE_ROLE = "service";
    private static final int MAX_FORM_BYTES = 4096;

    private final HttpServer server;
    private final DevTokens tokens;
    private final Duration lifetime;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    private DevTokenEndpoint(DevTokens tokens, Duration lifetime) throws IOException {
        this.tokens = tokens;
        this.lifetime = lifetime;
        SecureRandom random = new SecureRandom();
        for (String client : List.of(CLIENT_ID, CONTENT_SERVICE_CLIENT_ID)) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            secrets.put(client, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
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
        return secrets.get(CLIENT_ID);
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
        return clientProperties(CLIENT_ID);
    }

    /** The OIDC client settings of one of the clients ({@link #CLIENT_ID}, {@link #CONTENT_SERVICE_CLIENT_ID}). */
    public Map<String, String> clientProperties(String client) {
        if (!secrets.containsKey(client)) {
            throw new IllegalArgumentException("The development token endpoint has no client " + client);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.oidc-client.client-enabled", "true");
        properties.put("quarkus.oidc-client.auth-server-url", baseUrl());
        properties.put("quarkus.oidc-client.discovery-enabled", "false");
        properties.put("quarkus.oidc-client.token-path", TOKEN_PATH);
        properties.put("quarkus.oidc-client.client-id", client);
        properties.put("quarkus.oidc-client.credentials.secret", secrets.get(client));
        return properties;
    }

    /**
     * The same settings as environment variables, for a service started as a process. They keep the properties' exact
     * names (SmallRye Config reads an environment variable of a property's exact name first): in the upper-case form,
     * {@code QUARKUS_OIDC_CLIENT_...} is ambiguous beside quarkus-oidc, whose tenants it would read as a tenant named
     * "client".
     */
    public Map<String, String> clientEnvironment() {
        return clientEnvironment(CLIENT_ID);
    }

    /** {@link #clientEnvironment()} of one of the clients. */
    public Map<String, String> clientEnvironment(String client) {
        return new LinkedHashMap<>(clientProperties(client));
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
            String client = authenticated(exchange, form);
            if (client == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"dev\"");
                answer(exchange, 401, Map.of("error", "invalid_client"));
                return;
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                answer(exchange, 400, Map.of("error", "unsupported_grant_type"));
                return;
            }
            String token = tokens.token(client, client, List.of(SERVICE_ROLE), null, lifetime);
            issued.incrementAndGet();
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            answer(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", lifetime.toSeconds()));
        }
    }

    /**
     * Client authentication by HTTP Basic (client_secret_basic) or in the form (client_secret_post): the client's id,
     * or null.
     */
    private String authenticated(HttpExchange exchange, Map<String, String> form) {
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
                return null;
            }
        }
        String secret = id == null ? null : secrets.get(id);
        return secret != null && given != null
                && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8)) ? id : null;
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
