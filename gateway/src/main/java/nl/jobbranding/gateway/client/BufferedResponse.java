package nl.jobbranding.gateway.client;

import io.vertx.core.MultiMap;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A service's whole answer, read on the event loop, in the JDK's {@link HttpResponse} form that callers know. */
final class BufferedResponse implements HttpResponse<byte[]> {

    private final String method;
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    BufferedResponse(String method, URI uri, int status, MultiMap headers, byte[] body) {
        this.method = method;
        this.uri = uri;
        this.status = status;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.names().forEach(name -> copy.put(name, headers.getAll(name)));
        this.headers = HttpHeaders.of(copy, (name, value) -> true);
        this.body = body;
    }

    @Override
    public int statusCode() {
        return status;
    }

    @Override
    public HttpRequest request() {
        return HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    @Override
    public Optional<HttpResponse<byte[]>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    @Override
    public byte[] body() {
        return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
