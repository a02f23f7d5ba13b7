package nl.jobbranding.gateway.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.jobbranding.runtime.DevTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider for the tests, standing in for the organisation's identity provider: discovery,
 * a login page (a user name, no password), the authorization code exchange, its signing key and the end of a session.
 * It signs with the test run's key pair ({@link DevTokens#forTests()}) as the issuer the product trusts, so the access
 * token it issues is one the gateway and the services accept, with the user's roles in {@code groups}.
 */
public class OidcProviderTestResource implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "job-branding-console";
    static final String CLIENT_SECRET = "console-secret-for-the-tests-only-0123456789";

    /** How long the access token of the account {@code kort} lives: far shorter than its session. */
    static final Duration SHORT_ACCESS_TOKEN = Duration.ofSeconds(10);

    /** The provider's users: user name, display name, roles and how long their access tokens live. */
    record Account(String userName, String name, List<String> roles, Duration accessTokenLifetime) {
    }

    static final Map<String, Account> ACCOUNTS = Map.of(
            "sanne", new Account("sanne", "Sanne de Vries", List.of("community-manager"), Duration.ofHours(1)),
            "kort", new Account("kort", "Kim Kort", List.of("community-manager"), SHORT_ACCESS_TOKEN),
            "zonderrol", new Account("zonderrol", "Kees Zonder Rol", List.of(), Duration.ofHours(1)));

    private record Grant(Account account, String nonce, String redirectUri) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                {"issuer":"%s","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token","jwks_uri":"%s/jwks",
                 "end_session_endpoint":"%s/logout","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(DevTokens.ISSUER, base, base, base, base)));
        server.createContext("/jwks", exchange -> json(exchange, 200, jwks()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/logout", exchange -> {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            redirect(exchange, query.getOrDefault("post_logout_redirect_uri", base + "/authorize"));
        });
        server.start();
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", base,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** GET: the login page; POST: the user signs in and goes back to the application with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            StringBuilder hidden = new StringBuilder();
            for (String name : List.of("redirect_uri", "state", "nonce", "client_id")) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(query.getOrDefault(name, ""))).append("\">");
            }
            html(exchange, 200, "<!DOCTYPE html><html lang=\"nl\"><head><title>Inloggen bij de organisatie</title></head><body>"
                    + "<main><h1>Inloggen bij de organisatie</h1><form method=\"post\" action=\"/authorize\">" + hidden
                    + "<label for=\"username\">Gebruikersnaam</label> <input id=\"username\" name=\"username\" autocomplete=\"username\">"
                    + " <button type=\"submit\">Inloggen</button></form></main></body></html>");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Account account = ACCOUNTS.get(form.getOrDefault("username", "").trim());
        if (account == null || !CLIENT_ID.equals(form.get("client_id"))) {
            html(exchange, 400, "<!DOCTYPE html><html lang=\"nl\"><head><title>Onbekend</title></head><body><p>Onbekende gebruiker.</p></body></html>");
            return;
        }
        String code = UUID.randomUUID().toString();
        String redirectUri = form.get("redirect_uri");
        grants.put(code, new Grant(account, form.get("nonce"), redirectUri));
        redirect(exchange, redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(form.getOrDefault("state", ""), StandardCharsets.UTF_8));
    }

    /** The code exchange: only for this client (its secret, by HTTP Basic or in the form) and only once per code. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean client = basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || CLIENT_ID.equals(form.get("client_id")) && CLIENT_SECRET.equals(form.get("client_secret"));
        Grant grant = form.get("code") == null ? null : grants.remove(form.get("code"));
        if (!client || grant == null || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Account account = grant.account();
        Map<String, Object> idClaims = new HashMap<>(Map.of("sub", "oidc-" + account.userName(), "aud", CLIENT_ID,
                "name", account.name(), "preferred_username", account.userName()));
        if (grant.nonce() != null && !grant.nonce().isEmpty()) {
            idClaims.put("nonce", grant.nonce());
        }
        String idToken = DevTokens.forTests().signed(idClaims);
        String accessToken = DevTokens.forTests().token("oidc-" + account.userName(), account.name(), account.roles(), null,
                account.accessTokenLifetime());
        json(exchange, 200, "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + account.accessTokenLifetime().toSeconds() + "}");
    }

    private static String jwks() {
        try {
            String pem = DevTokens.forTests().publicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + url.encodeToString(unsigned(key.getModulus().toByteArray()))
                    + "\",\"e\":\"" + url.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}]}";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
