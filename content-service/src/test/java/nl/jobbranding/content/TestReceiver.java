package nl.jobbranding.content;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver for tests: a Vert.x HTTP server on a random port (kept when stopped and started again) that keeps
 * every request it accepted (answered 2xx) and answers with the status set.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received: the Standard Webhooks headers and the body. */
    record Received(String id, String timestamp, String signature, String body) {

        JsonObject json() {
            return new JsonObject(body);
        }

        /** The story, featured person, series or campaign the event is about. */
        String subject() {
            JsonObject data = json().getJsonObject("data");
            String type = json().getString("type");
            return data.containsKey("storyId") ? data.getString("storyId")
                    : data.containsKey("featuredPersonId") ? data.getString("featuredPersonId")
                    : type.startsWith("series.") ? data.getString("seriesId") : data.getString("campaignId");
        }

        /** Verifies the signature independently of the service: HMAC-SHA256 of id.timestamp.body with the secret's key. */
        boolean signedWith(String secret) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return List.of(signature.split(" ")).contains(expected);
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Vertx vertx = Vertx.vertx();
    private volatile int answer = 204;
    private HttpServer server;
    private int port;

    TestReceiver start() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            int status = answer;
            if (status < 300) {
                received.add(new Received(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                        request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8)));
            }
            request.response().setStatusCode(status).end();
        })).listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        port = server.actualPort();
        return this;
    }

    /** Stops listening: connections are refused until {@link #start} again, on the same port. */
    void stop() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    void answer(int status) {
        answer = status;
    }

    String url() {
        return "http://localhost:" + port + "/hooks/job-branding";
    }

    /** The events received about one subject, in the order they came, counting each id once. */
    List<String> typesOf(String subject) {
        List<String> seen = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Received r : received) {
            if (subject.equals(r.subject()) && ids.add(r.id())) {
                seen.add(r.json().getString("type"));
            }
        }
        return seen;
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
