package nl.jobbranding.gateway.client;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The gateway's only way to the services: builds the request to the configured service (never to a target taken from
 * the request), sends it through that service's guard, and turns every failure (refused, timed out, circuit open)
 * into a 503 problem with Retry-After. Each service has one bounded keep-alive pool of connections, used on the event
 * loop: forwarded bodies stream through it, and no thread waits for a service.
 */
@ApplicationScoped
public class DownstreamClient {

    static final int HARD_TIMEOUT_SECONDS = 10;
    /** How long a circuit stays open, and so what a 503 answer's Retry-After says. */
    public static final int OPEN_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(DownstreamClient.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final GatewayConfig config;
    private final ServiceCalls calls;
    private final OpenTelemetry telemetry;
    private final Tracer tracer;
    private final Map<Downstream, HttpClient> clients = new EnumMap<>(Downstream.class);
    /** Each service's base URL and its path, without a trailing slash: worked out once, not on every call. */
    private final Map<Downstream, String> baseUrls = new EnumMap<>(Downstream.class);
    private final Map<Downstream, String> basePaths = new EnumMap<>(Downstream.class);

    /** Whether traces are made at all ({@code quarkus.otel.sdk.disabled=false}): without, a call makes no span. */
    private final boolean tracing;

    DownstreamClient(GatewayConfig config, ServiceCalls calls, OpenTelemetry telemetry, Vertx vertx,
                     @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        this.tracing = !tracingOff;
        this.config = config;
        this.calls = calls;
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("nl.jobbranding.gateway");
        for (Downstream downstream : Downstream.values()) {
            GatewayConfig.Downstream settings = settings(downstream);
            URI url = settings.url();
            boolean https = "https".equalsIgnoreCase(url.getScheme());
            HttpClientOptions options = new HttpClientOptions()
                    .setName(downstream.serviceName())
                    .setDefaultHost(url.getHost())
                    .setDefaultPort(url.getPort() > 0 ? url.getPort() : https ? 443 : 80)
                    .setSsl(https)
                    .setKeepAlive(true)
                    .setConnectTimeout((int) Math.min(CONNECT_TIMEOUT_MILLIS, settings.timeout().toMillis()))
                    // The client span is made here, with the service's name; Vert.x adds none of its own.
                    .setTracingPolicy(TracingPolicy.IGNORE);
            PoolOptions pool = new PoolOptions().setHttp1MaxSize(settings.maxConnections())
                    .setMaxWaitQueueSize(4 * settings.maxConnections());
            clients.put(downstream, vertx.createHttpClient(options, pool));
            baseUrls.put(downstream, url.toString().replaceAll("/+$", ""));
            basePaths.put(downstream, url.getRawPath().replaceAll("/+$", ""));
        }
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    /**
     * Forwards a request to a service on the event loop: the body streams to the service, and the answer's head is
     * there when the returned future completes (its body then streams on with {@link ProxyResponse#send()}).
     *
     * @param request      the caller's request, its headers already reduced to those the service may see
     * @param pathAndQuery the path below the service's base URL, with the raw query string
     * @return the service's answer; failed with a {@link ServiceException} (503) when the service does not answer
     */
    public Future<ProxyResponse> forward(Downstream downstream, ProxyRequest request, String pathAndQuery) {
        io.vertx.core.Context context = Vertx.currentContext();
        request.setURI(uriOf(downstream, pathAndQuery));
        String method = request.getMethod().name();
        CompletionStage<ProxyResponse> answer = exchange(downstream, method, pathAndQuery, request.headers()::set,
                options -> clients.get(downstream).request(options).compose(request::send), ProxyResponse::getStatusCode);
        return context == null ? Future.fromCompletionStage(answer) : Future.fromCompletionStage(answer, context);
    }

    /**
     * Sends one request to a service and reads the whole answer, without blocking a thread.
     *
     * @param pathAndQuery the path below the service's base URL, with the raw query string
     * @param headers      the headers to send (already filtered)
     * @param body         the raw body, or null
     */
    public CompletionStage<HttpResponse<byte[]>> sendAsync(Downstream downstream, String method, String pathAndQuery,
                                                          Map<String, List<String>> headers, byte[] body) {
        return sendAsync(downstream, method, pathAndQuery, headers, body, null);
    }

    /**
     * Like {@link #sendAsync(Downstream, String, String, Map, byte[])}, for a part of a composed view: the call is one of
     * the view's open calls until its answer is read, and is reset when the view ends first.
     *
     * @param open the view's open calls, or null
     */
    public CompletionStage<HttpResponse<byte[]>> sendAsync(Downstream downstream, String method, String pathAndQuery,
                                                          Map<String, List<String>> headers, byte[] body, OpenCalls open) {
        MultiMap outgoing = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(outgoing::add);
        URI uri = URI.create(baseUrl(downstream) + pathAndQuery);
        return exchange(downstream, method, pathAndQuery, outgoing::set, options -> {
            if (open != null && open.cancelled()) {
                return Future.failedFuture(new OpenCalls.Cancelled());
            }
            return clients.get(downstream).request(options.setHeaders(outgoing)).compose(request -> {
                if (open != null && !open.add(request)) {
                    return Future.failedFuture(new OpenCalls.Cancelled());
                }
                return (body == null || body.length == 0 ? request.send() : request.send(Buffer.buffer(body)))
                        .compose(response -> response.body().map(content -> (HttpResponse<byte[]>) new BufferedResponse(method, uri,
                                response.statusCode(), response.headers(), content.getBytes())))
                        .andThen(done -> {
                            if (open != null) {
                                open.remove(request);
                            }
                        })
                        // A reset at the view's end fails the call however far it was: always as cancelled.
                        .recover(failure -> Future.failedFuture(open != null && open.cancelled() ? new OpenCalls.Cancelled() : failure));
            });
        }, HttpResponse::statusCode);
    }

    /**
     * Sends one request to a service and waits for its whole answer; for work on a worker thread only.
     *
     * @param pathAndQuery the path below the service's base URL, with the raw query string
     * @param headers      the headers to send (already filtered)
     * @param body         the raw body, or null
     */
    public HttpResponse<byte[]> send(Downstream downstream, String method, String pathAndQuery, Map<String, List<String>> headers,
                                     byte[] body) {
        return await(downstream, sendAsync(downstream, method, pathAndQuery, headers, body));
    }

    /**
     * Waits for an exchange with a service; for work on a worker thread only.
     *
     * @return its result; its failure thrown as it is
     */
    public static <T> T await(Downstream downstream, CompletionStage<T> exchange) {
        try {
            return exchange.toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServiceException.unavailable(downstream.serviceName(), OPEN_SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Asks a service directly, outside its guard, so that the answer says what is true now (for the readiness check
     * and the public feed's version).
     *
     * @return the whole answer to a GET of the path, failed when there is none within the time limit
     */
    public CompletionStage<HttpResponse<byte[]>> probe(Downstream downstream, String path, java.time.Duration timeout) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(uriOf(downstream, path))
                .setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis());
        URI uri = URI.create(baseUrl(downstream) + path);
        return clients.get(downstream).request(options).compose(request -> request.send())
                .compose(response -> response.body().map(content -> (HttpResponse<byte[]>) new BufferedResponse("GET", uri,
                        response.statusCode(), response.headers(), content.getBytes())))
                .toCompletionStage();
    }

    /** The service's base URL, from configuration, without a trailing slash. */
    public String baseUrl(Downstream downstream) {
        return baseUrls.get(downstream);
    }

    /**
     * One exchange with a service in its guard, in a client span whose context goes along in {@code traceparent}.
     *
     * @param header where the trace headers are put
     * @param call   the exchange, given the request's options (method, URI, time limit)
     * @param status the answer's status code, for the span
     */
    private <T> CompletionStage<T> exchange(Downstream downstream, String method, String pathAndQuery, BiConsumer<String, String> header,
                                            Function<RequestOptions, Future<T>> call, ToIntFunction<T> status) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(method))
                .setURI(uriOf(downstream, pathAndQuery))
                .setIdleTimeout(settings(downstream).timeout().toMillis());
        // One trace through every hop: a client span for this call, its context passed on in traceparent. With tracing
        // off, none (the SDK would still record every span it is given, which cost the gateway's CPU on every call).
        Span span = !tracing ? Span.getInvalid() : tracer.spanBuilder(method + " " + downstream.serviceName())
                .setSpanKind(SpanKind.CLIENT).setAttribute("http.request.method", method).setAttribute("url.path", pathAndQuery)
                .setAttribute("peer.service", downstream.serviceName()).startSpan();
        CompletionStage<T> answer;
        try (Scope ignored = span.makeCurrent()) {
            if (tracing) {
                telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), header, BiConsumer::accept);
            }
            // Only reads are retried. PUT and DELETE are idempotent too, but the services guard them with If-Match: a
            // retry after a lost answer would meet its own change and get 412.
            boolean retry = "GET".equals(method) || "HEAD".equals(method);
            answer = downstream == Downstream.CAMPAIGN_SERVICE
                    ? calls.campaignService(() -> call.apply(options).toCompletionStage(), retry)
                    : calls.contentService(() -> call.apply(options).toCompletionStage(), retry);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        answer.whenComplete((value, failure) -> {
            if (failure == null) {
                span.setAttribute("http.response.status_code", status.applyAsInt(value));
                span.end();
                result.complete(value);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            span.setStatus(StatusCode.ERROR, cause.toString());
            span.end();
            if (cause instanceof OpenCalls.Cancelled cancelled) {
                LOG.debugf("%s %s %s: %s", downstream.serviceName(), method, pathAndQuery, cancelled.getMessage());
                result.completeExceptionally(cancelled);
                return;
            }
            LOG.warnf("%s did not answer %s %s: %s", downstream.serviceName(), method, pathAndQuery, cause.toString());
            result.completeExceptionally(ServiceException.unavailable(downstream.serviceName(), OPEN_SECONDS));
        });
        return result;
    }

    private String uriOf(Downstream downstream, String pathAndQuery) {
        return basePaths.get(downstream) + pathAndQuery;
    }

    private GatewayConfig.Downstream settings(Downstream downstream) {
        return downstream == Downstream.CAMPAIGN_SERVICE ? config.campaignService() : config.contentService();
    }
}
