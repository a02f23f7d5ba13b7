package nl.jobbranding.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.gateway.config.GatewayConfig;

import java.net.URI;
import java.util.Optional;

/**
 * Where clients reach the gateway, for the links and Location headers the services build from the X-Forwarded headers
 * the gateway sets: the configured public URL, or else the host the request was sent to (never a forwarded header a
 * client sent).
 */
@ApplicationScoped
public class PublicAddress {

    private final Optional<URI> publicUrl;

    PublicAddress(GatewayConfig config) {
        this.publicUrl = config.publicUrl().map(url -> URI.create(url.toString().replaceAll("/+$", "")));
    }

    /** The host (and port) for X-Forwarded-Host. */
    public String host(HttpServerRequest request) {
        if (publicUrl.isPresent()) {
            URI url = publicUrl.get();
            return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
        }
        HostAndPort authority = request.authority();
        return authority != null ? authority.toString() : request.localAddress().host() + ":" + request.localAddress().port();
    }

    /** The scheme for X-Forwarded-Proto. */
    public String scheme(HttpServerRequest request) {
        return publicUrl.map(URI::getScheme).orElse(request.scheme() == null ? "http" : request.scheme());
    }

    /** The gateway's base URL with a trailing slash, for links the gateway builds itself. */
    public URI baseUri(HttpServerRequest request) {
        return URI.create(scheme(request) + "://" + host(request) + "/");
    }
}
