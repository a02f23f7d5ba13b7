package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.gateway.api.CampaignHeadlines;
import nl.jobbranding.gateway.api.CampaignOverview;
import nl.jobbranding.gateway.api.ModerationOverview;
import nl.jobbranding.gateway.api.PublicFeed;
import nl.jobbranding.gateway.api.UnitSummary;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.client.ServiceToken;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Views that no single service can answer, composed from both within a time budget
 * ({@code gateway.composition.budget}): the parts start in parallel, and a part whose service is down or slow is left
 * out and named in {@code missing} instead of holding up the answer.
 */
@ApplicationScoped
public class CompositionService {

    private static final int RECENT = 5;
    /** Days the headline figures of a campaign overview cover, today included. */
    private static final int HEADLINE_DAYS = 30;
    /** Most stories read for one page of the public feed filtered by target group. */
    private static final int FEED_SCAN = 1000;

    private final ServiceReader reader;
    private final Lookups lookups;
    private final GatewayConfig config;
    private final ManagedExecutor executor;
    private final PublicFeedCache feedPages;
    private final Paging paging;
    private final ObjectMapper json;
    private final ServiceToken serviceToken;
    private final Clock clock;

    CompositionService(ServiceReader reader, Lookups lookups, GatewayConfig config, ManagedExecutor executor,
                       PublicFeedCache feedPages, Paging paging, ObjectMapper json, ServiceToken serviceToken, Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.lookups = lookups;
        this.config = config;
        this.executor = executor;
        this.feedPages = feedPages;
        this.paging = paging;
        this.json = json;
        this.serviceToken = serviceToken;
    }

    /** What a caller asks, and as whom: the Authorization header to pass on, the request id, the gateway's base URL. */
    public record Caller(String authorization, String requestId, URI baseUri) {
    }

    public CampaignOverview campaignOverview(UUID campaignId, Caller caller) {
        Parts parts = new Parts(executor, config.composition().budget());
        String id = campaignId.toString();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CompletableFuture<Optional<JsonNode>> campaign = parts.start(() -> campaignRead("/api/v1/campaigns/" + id, caller));
        CompletableFuture<Optional<JsonNode>> series = parts.start(() -> campaignRead("/api/v1/series?campaignId=" + id + "&limit=100", caller));
        CompletableFuture<Optional<JsonNode>> capacity = parts.start(() -> campaignRead("/api/v1/campaigns/" + id + "/capacity-assessment", caller));
        CompletableFuture<Optional<JsonNode>> recent = parts.start(() -> contentRead("/api/v1/published-stories?campaignId=" + id
                + "&limit=" + RECENT, null, caller));
        String figures = "&campaignId=" + id + "&from=" + today.minusDays(HEADLINE_DAYS - 1) + "&to=" + today;
        CompletableFuture<Optional<JsonNode>> flow = parts.start(() -> contentRead("/api/v1/analytics/story-flow?limit=100" + figures,
                caller.authorization(), caller));
        CompletableFuture<Optional<JsonNode>> leadTime = parts.start(() -> contentRead(
                "/api/v1/analytics/review-lead-times?groupBy=all" + figures, caller.authorization(), caller));
        CompletableFuture<Optional<JsonNode>> appeals = parts.start(() -> contentRead("/api/v1/analytics/appeal-outcomes?"
                + figures.substring(1), caller.authorization(), caller));
        Optional<JsonNode> theCampaign = parts.get(Downstream.CAMPAIGN_SERVICE, campaign);
        if (theCampaign.isEmpty() && parts.missing().isEmpty()) {
            throw ServiceException.notFound("campaign", campaignId);
        }
        List<JsonNode> seriesList = items(parts.get(Downstream.CAMPAIGN_SERVICE, series));
        // Everything that needs the series starts now, together; only then is anything awaited.
        CompletableFuture<Optional<JsonNode>> countPart = null;
        if (!seriesList.isEmpty()) {
            StringBuilder query = new StringBuilder("/api/v1/story-counts?publishedFrom=" + Cadences.firstMonth(today));
            seriesList.forEach(s -> query.append("&seriesId=").append(s.path("id").asText()));
            countPart = parts.start(() -> contentRead(query.toString(), caller.authorization(), caller));
        }
        Names names = new Names(parts, lookups, caller.authorization(), caller.requestId());
        seriesList.forEach(s -> names.want(Lookups.Kind.UNITS, s.path("unitCode").asText()));
        names.start();
        Map<String, UnitSummary> units = new HashMap<>();
        names.all(Lookups.Kind.UNITS, false).forEach((code, unit) -> units.put(code, unitSummary(unit)));
        Map<String, Map<String, Long>> counts = null;
        Map<String, Map<YearMonth, Long>> published = null;
        Optional<JsonNode> countJson = countPart == null ? Optional.empty() : parts.get(Downstream.CONTENT_SERVICE, countPart);
        if (countJson.isPresent()) {
            counts = new HashMap<>();
            for (JsonNode count : countJson.get().path("counts")) {
                counts.computeIfAbsent(count.path("seriesId").asText(), k -> new TreeMap<>())
                        .put(count.path("state").asText(), count.path("count").asLong());
            }
            published = new HashMap<>();
            for (JsonNode month : countJson.get().path("publishedPerMonth")) {
                published.computeIfAbsent(month.path("seriesId").asText(), k -> new HashMap<>())
                        .put(YearMonth.parse(month.path("month").asText()), month.path("published").asLong());
            }
        }
        List<CampaignOverview.SeriesOverview> seriesOverviews = new ArrayList<>();
        for (JsonNode s : seriesList) {
            String seriesId = s.path("id").asText();
            seriesOverviews.add(new CampaignOverview.SeriesOverview(s, units.get(s.path("unitCode").asText()),
                    counts == null ? null : counts.getOrDefault(seriesId, Map.of()),
                    published == null ? null : Cadences.of(s, published.getOrDefault(seriesId, Map.of()), today)));
        }
        return new CampaignOverview(theCampaign.orElse(null), seriesOverviews,
                parts.get(Downstream.CAMPAIGN_SERVICE, capacity).orElse(null), items(parts.get(Downstream.CONTENT_SERVICE, recent)),
                headlines(parts, today, flow, leadTime, appeals), parts.missing());
    }

    /** The headline figures from the analytics parts; null when the caller may not read analytics or a part is missing. */
    private static CampaignHeadlines headlines(Parts parts, LocalDate today, CompletableFuture<Optional<JsonNode>> flowPart,
                                               CompletableFuture<Optional<JsonNode>> leadTimePart,
                                               CompletableFuture<Optional<JsonNode>> appealsPart) {
        Optional<JsonNode> flow = parts.getIfAllowed(Downstream.CONTENT_SERVICE, flowPart);
        Optional<JsonNode> leadTime = parts.getIfAllowed(Downstream.CONTENT_SERVICE, leadTimePart);
        Optional<JsonNode> appeals = parts.getIfAllowed(Downstream.CONTENT_SERVICE, appealsPart);
        if (flow.isEmpty() || leadTime.isEmpty() || appeals.isEmpty()) {
            return null;
        }
        Map<String, Long> entered = new TreeMap<>();
        flow.get().path("items").forEach(row -> entered.merge(row.path("state").asText(), row.path("stories").asLong(), Long::sum));
        JsonNode all = leadTime.get().path("items").path(0);
        JsonNode total = appeals.get().path("total");
        Map<String, Long> appealCounts = new LinkedHashMap<>();
        for (String field : List.of("appealed", "pending", "upheld", "overturned")) {
            appealCounts.put(field, total.path(field).asLong());
        }
        return new CampaignHeadlines(today.minusDays(HEADLINE_DAYS - 1), today, entered, all.path("decisions").asLong(),
                all.isMissingNode() ? null : all.path("medianSeconds").asLong(),
                all.isMissingNode() ? null : all.path("p90Seconds").asLong(), appealCounts);
    }

    /**
     * A page of the public feed, from memory when it is there ({@link PublicFeedCache}), with its version: published
     * stories with the names of their campaign, series and unit, newest publication first.
     *
     * @param limit  the page size, or null for the default
     * @param cursor the cursor of a next link, or null for the first page
     */
    public FeedPage publicFeedPage(String channel, String targetGroup, Integer limit, String cursor, String requestId) {
        PageRequest request = paging.request(limit == null ? null : limit.toString(), cursor);
        PageRequest.TimeKey after = request.afterTimeKey();
        return feedPages.page(new PublicFeedCache.Key(channel, targetGroup, request.limit(), cursor),
                () -> composeFeed(channel, targetGroup, request.limit(), after, requestId), page -> page.missing().isEmpty());
    }

    /** Published stories with their names, for anonymous readers, with links at the gateway. */
    public PublicFeed publicFeed(String channel, String targetGroup, Integer limit, String cursor, Caller caller) {
        return publicFeedPage(channel, targetGroup, limit, cursor, caller.requestId()).feed(caller, channel, targetGroup, limit, cursor);
    }

    /** A page of the public feed as it is kept in memory: without links (they depend on the caller's host). */
    public record FeedPage(List<PublicFeed.Item> items, String nextCursor, List<String> missing, String etag) {

        public PublicFeed feed(Caller caller, String channel, String targetGroup, Integer limit, String cursor) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("channel", channel);
            query.put("targetGroup", targetGroup);
            query.put("limit", limit == null ? null : limit.toString());
            query.put("cursor", cursor);
            return new PublicFeed(items, links(caller, "public-feed", query, nextCursor), missing);
        }
    }

    /**
     * Reads content-service's published stories, newest first, with their names (the gateway's own token), until the
     * page is full: a target group is applied before paging, reading on (at most {@value #FEED_SCAN} stories per page)
     * so that a page is short only at the end of the feed.
     */
    private FeedPage composeFeed(String channel, String targetGroup, int wanted, PageRequest.TimeKey after, String requestId) {
        Parts parts = new Parts(executor, config.composition().budget());
        Optional<String> serviceToken = this.serviceToken.authorization();
        if (serviceToken.isEmpty()) {
            parts.markMissing(Downstream.CAMPAIGN_SERVICE);
        }
        List<PublicFeed.Item> items = new ArrayList<>();
        String afterKey = after == null ? null : PageRequest.TimeKey.of(after.at(), after.id());
        String next;
        int scanned = 0;
        while (true) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("channel", channel);
            query.put("limit", String.valueOf(targetGroup == null ? wanted : paging.maxLimit()));
            query.put("cursor", afterKey == null ? null : Paging.encode(afterKey));
            CompletableFuture<Optional<JsonNode>> part = parts.start(() -> reader.get(Downstream.CONTENT_SERVICE,
                    "/api/v1/published-stories" + queryString(query), null, requestId));
            Optional<JsonNode> page = parts.get(Downstream.CONTENT_SERVICE, part);
            if (page.isEmpty()) {
                throw ServiceException.unavailable(Downstream.CONTENT_SERVICE.serviceName(), DownstreamClient.OPEN_SECONDS);
            }
            List<JsonNode> stories = items(page);
            Names found = names(stories, serviceToken, parts, requestId);
            int read = 0;
            for (JsonNode story : stories) {
                read++;
                afterKey = PageRequest.TimeKey.of(Instant.parse(story.path("publishedAt").asText()), UUID.fromString(story.path("id").asText()));
                PublicFeed.Item item = feedItem(story, found);
                if (targetGroup == null || (item.targetGroups() != null && item.targetGroups().contains(targetGroup))) {
                    items.add(item);
                    if (items.size() == wanted) {
                        break;
                    }
                }
            }
            scanned += read;
            boolean moreThere = page.get().path("_links").path("next").path("href").isTextual();
            if (items.size() == wanted) {
                next = read < stories.size() || moreThere ? afterKey : null;
                break;
            }
            if (!moreThere || stories.isEmpty()) {
                next = null;
                break;
            }
            if (scanned >= FEED_SCAN) {
                next = afterKey;
                break;
            }
        }
        String nextCursor = next == null ? null : Paging.encode(next);
        return new FeedPage(List.copyOf(items), nextCursor, parts.missing(), versionOf(items, nextCursor, parts.missing()));
    }

    /**
     * The names around a page of stories: its series, campaigns and units, one call each for what is not kept
     * ({@link Lookups#several}), the three in parallel. Read with the gateway's own token, not the reader's: when
     * campaign-service refuses it, the feed goes without names.
     */
    private Names names(List<JsonNode> stories, Optional<String> serviceToken, Parts parts, String requestId) {
        Names names = new Names(parts, lookups, serviceToken.orElse(null), requestId);
        if (serviceToken.isPresent()) {
            for (JsonNode story : stories) {
                names.want(Lookups.Kind.SERIES, story.path("seriesId").asText());
                names.want(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText());
                names.want(Lookups.Kind.UNITS, story.path("unitCode").asText());
            }
        }
        names.start();
        return names;
    }

    private static PublicFeed.Item feedItem(JsonNode story, Names found) {
        JsonNode series = found.get(Lookups.Kind.SERIES, story.path("seriesId").asText(), true);
        JsonNode campaign = found.get(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText(), true);
        JsonNode unit = found.get(Lookups.Kind.UNITS, story.path("unitCode").asText(), true);
        List<String> targetGroups = null;
        if (series != null) {
            targetGroups = new ArrayList<>();
            for (JsonNode t : series.path("targetGroups")) {
                targetGroups.add(t.asText());
            }
        }
        return new PublicFeed.Item(story,
                campaign == null ? null : new PublicFeed.Named(campaign.path("id").asText(), campaign.path("name").asText()),
                series == null ? null : new PublicFeed.Named(series.path("id").asText(), series.path("name").asText()),
                unit == null ? null : unitSummary(unit), targetGroups);
    }

    /** The version of a feed page, for its ETag: a digest of what it holds. */
    private String versionOf(List<PublicFeed.Item> items, String nextCursor, List<String> missing) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.writeValueAsBytes(items));
            digest.update(String.valueOf(nextCursor).getBytes(StandardCharsets.UTF_8));
            digest.update(missing.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The moderation queue with series, unit sensitivity, channel expectations and the campaign's values, with the caller's token. */
    public ModerationOverview moderationOverview(Map<String, String> filters, Caller caller) {
        Parts parts = new Parts(executor, config.composition().budget());
        CompletableFuture<Optional<JsonNode>> page = parts.start(() -> contentRead("/api/v1/moderation-queue" + queryString(filters),
                caller.authorization(), caller));
        Optional<JsonNode> queue = parts.get(Downstream.CONTENT_SERVICE, page);
        if (queue.isEmpty()) {
            throw ServiceException.unavailable(Downstream.CONTENT_SERVICE.serviceName(), DownstreamClient.OPEN_SECONDS);
        }
        // What the page's stories hang on: one call per kind for all of them (what is not kept), the four in parallel.
        Names found = new Names(parts, lookups, caller.authorization(), caller.requestId());
        for (JsonNode story : queue.get().path("items")) {
            found.want(Lookups.Kind.SERIES, story.path("seriesId").asText());
            found.want(Lookups.Kind.UNITS, story.path("unitCode").asText());
            found.want(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText());
            story.path("channels").forEach(channel -> found.want(Lookups.Kind.CHANNELS, channel.asText()));
        }
        found.start();
        List<ModerationOverview.Item> items = new ArrayList<>();
        for (JsonNode story : queue.get().path("items")) {
            JsonNode unit = found.get(Lookups.Kind.UNITS, story.path("unitCode").asText(), false);
            List<ModerationOverview.Channel> channels = new ArrayList<>();
            for (JsonNode code : story.path("channels")) {
                JsonNode channel = found.get(Lookups.Kind.CHANNELS, code.asText(), false);
                if (channel != null) {
                    channels.add(new ModerationOverview.Channel(channel.path("code").asText(), channel.path("name").asText(),
                            channel.path("audience")));
                }
            }
            List<JsonNode> values = new ArrayList<>();
            JsonNode campaign = found.get(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText(), false);
            if (campaign != null) {
                campaign.path("values").forEach(values::add);
            }
            items.add(new ModerationOverview.Item(story, found.get(Lookups.Kind.SERIES, story.path("seriesId").asText(), false),
                    unit == null ? null : unitSummary(unit), channels, values));
        }
        return new ModerationOverview(items, links(caller, "moderation-overview", filters, queue.get()), parts.missing());
    }

    /**
     * What a composed view needs of campaign-service, by kind: wanted first, then read as one part per kind (all
     * started before any is awaited), then looked up.
     */
    private static final class Names {

        private final Parts parts;
        private final Lookups lookups;
        private final String authorization;
        private final String requestId;
        private final Map<Lookups.Kind, Set<String>> wanted = new EnumMap<>(Lookups.Kind.class);
        private final Map<Lookups.Kind, CompletableFuture<Optional<Map<String, JsonNode>>>> reads = new EnumMap<>(Lookups.Kind.class);
        private final Map<Lookups.Kind, Map<String, JsonNode>> found = new EnumMap<>(Lookups.Kind.class);

        Names(Parts parts, Lookups lookups, String authorization, String requestId) {
            this.parts = parts;
            this.lookups = lookups;
            this.authorization = authorization;
            this.requestId = requestId;
        }

        void want(Lookups.Kind kind, String key) {
            wanted.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(key);
        }

        void start() {
            wanted.forEach((kind, keys) -> reads.put(kind, parts.start(() -> Optional.of(lookups.several(kind, keys, authorization,
                    requestId)))));
        }

        /**
         * One of a kind, or null when it is not there.
         *
         * @param ownToken read with the gateway's own token: a refusal leaves the names out instead of failing the view
         */
        JsonNode get(Lookups.Kind kind, String key, boolean ownToken) {
            return all(kind, ownToken).get(key);
        }

        Map<String, JsonNode> all(Lookups.Kind kind, boolean ownToken) {
            return found.computeIfAbsent(kind, k -> {
                CompletableFuture<Optional<Map<String, JsonNode>>> read = reads.get(k);
                if (read == null) {
                    return Map.of();
                }
                Optional<Map<String, JsonNode>> answer = ownToken ? parts.getOrMissing(Downstream.CAMPAIGN_SERVICE, read)
                        : parts.get(Downstream.CAMPAIGN_SERVICE, read);
                return answer.orElse(Map.of());
            });
        }
    }

    private static UnitSummary unitSummary(JsonNode unit) {
        return new UnitSummary(unit.path("code").asText(), unit.path("name").asText(), unit.path("sensitive").asBoolean());
    }

    private Optional<JsonNode> campaignRead(String path, Caller caller) {
        return reader.get(Downstream.CAMPAIGN_SERVICE, path, caller.authorization(), caller.requestId());
    }

    private Optional<JsonNode> contentRead(String path, String authorization, Caller caller) {
        return reader.get(Downstream.CONTENT_SERVICE, path, authorization, caller.requestId());
    }

    private static List<JsonNode> items(Optional<JsonNode> page) {
        List<JsonNode> items = new ArrayList<>();
        page.ifPresent(p -> p.path("items").forEach(items::add));
        return items;
    }

    /** Links to this page and the next, at the gateway, with the service's cursor for the next page. */
    private static Page.PageLinks links(Caller caller, String view, Map<String, String> query, JsonNode servicePage) {
        String nextHref = servicePage.path("_links").path("next").path("href").asText(null);
        return links(caller, view, query, nextHref == null ? null : parameter(URI.create(nextHref).getRawQuery(), "cursor"));
    }

    /** Links to this page and, with a cursor, the next, at the gateway. */
    private static Page.PageLinks links(Caller caller, String view, Map<String, String> query, String nextCursor) {
        String base = caller.baseUri().toString().replaceAll("/+$", "") + "/api/v1/" + view;
        Page.Link self = new Page.Link(base + queryString(query));
        if (nextCursor == null) {
            return new Page.PageLinks(self, null);
        }
        Map<String, String> next = new LinkedHashMap<>(query);
        next.put("cursor", nextCursor);
        return new Page.PageLinks(self, new Page.Link(base + queryString(next)));
    }

    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder result = new StringBuilder();
        query.forEach((name, value) -> {
            if (value != null) {
                result.append(result.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return result.toString();
    }
}
