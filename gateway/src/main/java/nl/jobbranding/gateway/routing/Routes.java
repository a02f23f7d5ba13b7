package nl.jobbranding.gateway.routing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The route table: which service answers which collection of {@code /api/v1}, and which reads are open to anonymous
 * readers. A path that is not in it is not forwarded anywhere.
 */
public final class Routes {

    private static final Map<String, Downstream> BY_COLLECTION = Map.ofEntries(
            Map.entry("campaigns", Downstream.CAMPAIGN_SERVICE),
            Map.entry("units", Downstream.CAMPAIGN_SERVICE),
            Map.entry("series", Downstream.CAMPAIGN_SERVICE),
            Map.entry("channels", Downstream.CAMPAIGN_SERVICE),
            Map.entry("target-groups", Downstream.CAMPAIGN_SERVICE),
            Map.entry("campaign-events", Downstream.CAMPAIGN_SERVICE),
            Map.entry("stories", Downstream.CONTENT_SERVICE),
            Map.entry("featured-people", Downstream.CONTENT_SERVICE),
            Map.entry("moderation-queue", Downstream.CONTENT_SERVICE),
            Map.entry("bulk-decisions", Downstream.CONTENT_SERVICE),
            Map.entry("takedown-tasks", Downstream.CONTENT_SERVICE),
            Map.entry("workflow", Downstream.CONTENT_SERVICE),
            Map.entry("published-stories", Downstream.CONTENT_SERVICE),
            Map.entry("transparency-log", Downstream.CONTENT_SERVICE),
            Map.entry("screenings", Downstream.CONTENT_SERVICE),
            Map.entry("screening-feedback", Downstream.CONTENT_SERVICE),
            Map.entry("story-counts", Downstream.CONTENT_SERVICE),
            Map.entry("campaign-figures", Downstream.CONTENT_SERVICE),
            Map.entry("events", Downstream.CONTENT_SERVICE),
            Map.entry("webhook-subscriptions", Downstream.CONTENT_SERVICE),
            Map.entry("story-requests", Downstream.CONTENT_SERVICE),
            Map.entry("analytics", Downstream.CONTENT_SERVICE));

    /** Collections anonymous readers may read (GET only). */
    private static final Set<String> PUBLIC_READS = Set.of("published-stories", "transparency-log", "workflow");

    private Routes() {
    }

    /** A regular expression for every path that is forwarded: {@code /api/v1/} and a collection of the table. */
    public static String forwardedPaths() {
        return "/api/v1/(" + String.join("|", new java.util.TreeSet<>(BY_COLLECTION.keySet())) + ")(/.*)?";
    }

    /** The service for a path below {@code /api/v1/}, e.g. {@code stories/123/reviews}. */
    public static Optional<Downstream> of(String path) {
        return Optional.ofNullable(BY_COLLECTION.get(collection(path)));
    }

    public static boolean isPublic(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && PUBLIC_READS.contains(collection(path));
    }

    private static String collection(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }
}
