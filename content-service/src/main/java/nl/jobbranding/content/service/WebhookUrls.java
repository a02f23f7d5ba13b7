package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.config.ContentConfig;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where webhooks may go: https URLs whose host resolves only to public addresses. Loopback, private, link-local,
 * carrier-grade NAT, unique-local, multicast and unspecified addresses are refused, so a subscription cannot make the
 * service call into its own network. URLs under a configured prefix ({@code content.webhooks.allowed-urls}: tests and
 * the run command) are accepted as they are. Checked when a subscription is made or changed, and again before every
 * delivery (a name may resolve elsewhere later).
 */
@ApplicationScoped
class WebhookUrls {

    static final String EXAMPLE = "https://webhooks.example.nl/job-branding";

    private final List<String> allowed;

    WebhookUrls(ContentConfig config) {
        this.allowed = config.webhooks().allowedUrls().orElse(List.of());
    }

    /** Refuses (400 naming the field and why) a URL webhooks may not go to. */
    void check(String field, String url) {
        String problem = problem(url);
        if (problem != null) {
            throw ServiceException.invalid(field, problem);
        }
    }

    /** Why webhooks may not go to this URL, or null when they may. */
    String problem(String url) {
        if (allowed.stream().anyMatch(url::startsWith)) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL; give one such as " + EXAMPLE;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return "must be an https URL with a host name, such as " + EXAMPLE;
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry a user name or password; the signature authenticates the sender";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | RuntimeException e) {
            return "has a host that does not resolve (" + uri.getHost() + ")";
        }
        for (InetAddress address : addresses) {
            String kind = notPublic(address);
            if (kind != null) {
                return "resolves to " + address.getHostAddress() + ", a " + kind + " address; webhooks go to public "
                        + "addresses only";
            }
        }
        return null;
    }

    private static String notPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || first >= 240 || (first == 198 && (second == 18 || second == 19))) {
                return "reserved or private";
            }
        }
        if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
            return "unique-local (private)";
        }
        return null;
    }
}
