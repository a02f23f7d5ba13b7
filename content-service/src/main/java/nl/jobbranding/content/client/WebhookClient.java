package nl.jobbranding.content.client;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.config.ContentConfig;

import java.time.Duration;
import java.util.Map;

/**
 * Sends webhook requests with Vert.x's web client (on Quarkus' Vert.x instance): a POST of a JSON body with the given
 * headers, within the configured time limit, following no redirects (a redirect could lead to an address the
 * subscription's checks would have refused).
 */
@ApplicationScoped
public class WebhookClient {

    /** What the receiver answered: its status, or why there was none. */
    public record Outcome(Integer status, String error) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebClient client;
    private final Duration timeout;

    WebhookClient(Vertx vertx, ContentConfig config) {
        this.timeout = config.webhooks().timeout();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setIdleTimeout((int) timeout.toSeconds() + 1)
                .setFollowRedirects(false)
                .setUserAgent("job-branding-webhooks/1"));
    }

    /** Posts the body and waits for the answer (on a worker thread), at most the time limit. */
    public Outcome post(String url, Map<String, String> headers, String body) {
        try {
            var request = client.postAbs(url).timeout(timeout.toMillis());
            headers.forEach(request::putHeader);
            int status = request.putHeader("content-type", "application/json")
                    .sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(Buffer.buffer(body)))
                    .await().atMost(timeout.plusSeconds(1)).statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "The receiver answered HTTP " + status + ".");
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(null, "No answer: " + (message.length() > 400 ? message.substring(0, 400) : message));
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
