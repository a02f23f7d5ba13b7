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
import nl.jobbranding.gateway.api.CampaignOverview.SeriesOverview;
import nl.jobbranding.gateway.api.ModerationOverview;
import nl.jobbranding.gateway.api.PublicFeed;
import nl.jobbranding.gateway.api.UnitSummary;
import nl.jobbranding.gateway.client.DownstreamClient;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.client.ServiceToken;
import nl.jobbranding.gateway.config.GatewayConfig;
import nl.jobbranding.gateway.routing.Downstream;

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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

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
    private final PublicFeedCache feedPages;
    private final Paging paging;
    private final ObjectMapper json;
    private final ServiceToken serviceToken;
    private final Clock clock;

    CompositionService(ServiceReader reader, Lookups lookups, GatewayConfig config,
                       PublicFeedCache feedPages, Paging paging, ObjectMapper json, ServiceToken serviceToken, Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.lookups = lookups;
        this.config = config;
        this.feedPages = feedPages;
        this.paging = paging;
        this.json = json;
        this.serviceToken = serviceToken;
    }

    /** What a caller asks, and as whom: the Authorization header to pass on, the request id, the gateway's base URL. */
    public record Caller(String authorization, String requestId, URI baseUri) {
    }

    /** The campaign overview, for a caller on a worker thread (the console's pages): waits for {@link #campaignOverviewAsync}. */
    public CampaignOverview campaignOverview(UUID campaignId, Caller caller) {
        return DownstreamClient.await(Downstream.CAMPAIGN_SERVICE, campaignOverviewAsync(campaignId, caller));
    }

    /**
     * The campaign, its series with units, story counts and cadence, the capacity assessment, the latest published
     * stories and (for those who may read analytics) the headline figures: two parts at once, campaign-service's
     * outline of the campaign (the campaign, its series, their units and the capacity assessment) and content-service's
     * figures of the campaign (its latest published stories, the story counts of its series and the analytics summary),
     * each one read. No thread waits for either.
     */
    public CompletionStage<CampaignOverview> campaignOverviewAsync(UUID campaignId, Caller caller) {
        Parts parts = new Parts(config.composition().budget());
        String id = campaignId.toString();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CompletableFuture<Optional<JsonNode>> outline = parts.start(() -> campaignRead("/api/v1/campaigns/" + id + "/outline",
                caller, parts));
        CompletableFuture<Optional<JsonNode>> figures = parts.start(() -> contentRead("/api/v1/campaign-figures?campaignId=" + id
                + "&recent=" + RECENT + "&from=" + today.minusDays(HEADLINE_DAYS - 1) + "&to=" + today
                + "&publishedFrom=" + Cadences.firstMonth(today), caller.authorization(), caller, parts));
        CompletionStage<Optional<JsonNode>> theOutline = parts.get(Downstream.CAMPAIGN_SERVICE, outline).thenApply(found -> {
            if (found.isEmpty() && parts.missing().isEmpty()) {
                throw ServiceException.notFound("campaign", campaignId);
            }
            return found;
        });
        CompletionStage<Optional<JsonNode>> theFigures = parts.get(Downstream.CONTENT_SERVICE, figures);
        return theOutline.thenCombine(theFigures, (found, read) -> new CampaignOverview(
                found.map(o -> o.path("campaign")).orElse(null),
                seriesOverviews(found, read.map(f -> f.get("storyCounts")).filter(JsonNode::isObject), today),
                found.map(o -> o.get("capacity")).orElse(null),
                elements(read.map(f -> f.path("recentlyPublished"))),
                read.map(f -> f.get("summary")).filter(JsonNode::isObject).map(CompositionService::headlines).orElse(null),
                parts.missing()));
    }

    /**
     * Each series of the outline with its unit (from the outline too), story counts and cadence (from content-service's
     * counts, absent when content-service did not answer).
     */
    private static List<SeriesOverview> seriesOverviews(Optional<JsonNode> outline, Optional<JsonNode> countJson, LocalDate today) {
        List<JsonNode> seriesList = new ArrayList<>();
        Map<String, JsonNode> units = new HashMap<>();
        outline.ifPresent(o -> {
            o.path("series").forEach(seriesList::add);
            o.path("units").forEach(unit -> units.put(unit.path("code").asText(), unit));
        });
        Map<String, Map<String, Long>> counts = null;
        Map<String, Map<YearMonth, Long>> published = null;
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
        List<SeriesOverview> overviews = new ArrayList<>();
        for (JsonNode s : seriesList) {
            String seriesId = s.path("id").asText();
            JsonNode unit = units.get(s.path("unitCode").asText());
            overviews.add(new SeriesOverview(s, unit == null ? null : unitSummary(unit),
                    counts == null ? null : counts.getOrDefault(seriesId, Map.of()),
                    published == null ? null : Cadences.of(s, published.getOrDefault(seriesId, Map.of()), today)));
        }
        return overviews;
    }

    /** The headline figures from content-service's analytics summary. */
    private static CampaignHeadlines headlines(JsonNode summary) {
        Map<String, Long> entered = new TreeMap<>();
        summary.path("storiesEntered").forEach(row -> entered.put(row.path("state").asText(), row.path("stories").asLong()));
        JsonNode total = summary.path("appeals").path("total");
        Map<String, Long> appealCounts = new LinkedHashMap<>();
        for (String field : List.of("appealed", "pending", "upheld", "overturned")) {
            appealCounts.put(field, total.path(field).asLong());
        }
        JsonNode median = summary.path("leadTimeMedianSeconds");
        JsonNode p90 = summary.path("leadTimeP90Seconds");
        return new CampaignHeadlines(LocalDate.parse(summary.path("from").asText()), LocalDate.parse(summary.path("to").asText()),
                entered, summary.path("reviewDecisions").asLong(), median.isNumber() ? median.asLong() : null,
                p90.isNumber() ? p90.asLong() : null, appealCounts);
    }

    /**
     * A page of the public feed, from memory when it is there ({@link PublicFeedCache}), with its version: published
     * stories with the names of their campaign, series and unit, newest publication first.
     *
     * @param limit  the page size, or null for the default
     * @param cursor the cursor of a next link, or null for the first page
     */
    public CompletionStage<FeedPage> publicFeedPage(String channel, String targetGroup, Integer limit, String cursor, String requestId) {
        PageRequest request = paging.request(limit == null ? null : limit.toString(), cursor);
        PageRequest.TimeKey after = request.afterTimeKey();
        return feedPages.page(new PublicFeedCache.Key(channel, targetGroup, request.limit(), cursor),
                () -> composeFeed(channel, targetGroup, request.limit(), after, requestId), page -> page.missing().isEmpty());
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
    private CompletionStage<FeedPage> composeFeed(String channel, String targetGroup, int wanted, PageRequest.TimeKey after,
                                                  String requestId) {
        Parts parts = new Parts(config.composition().budget());
        String afterKey = after == null ? null : PageRequest.TimeKey.of(after.at(), after.id());
        List<PublicFeed.Item> found = new ArrayList<>();
        return serviceToken.authorization().thenCompose(token -> {
            if (token.isEmpty()) {
                parts.markMissing(Downstream.CAMPAIGN_SERVICE);
            }
            return readFeed(new FeedRead(channel, targetGroup, wanted, token, requestId, parts, found), afterKey, 0);
        }).thenApply(next -> {
            String nextCursor = next.orElse(null) == null ? null : Paging.encode(next.get());
            List<PublicFeed.Item> items = List.copyOf(found);
            return new FeedPage(items, nextCursor, parts.missing(), versionOf(items, nextCursor, parts.missing()));
        });
    }

    /** What one composition of a feed page asks, and the items it found so far. */
    private record FeedRead(String channel, String targetGroup, int wanted, Optional<String> serviceToken, String requestId,
                            Parts parts, List<PublicFeed.Item> items) {
    }

    /**
     * Reads one page of published stories after {@code afterKey} with their names, and on while the feed page is not
     * full; completes with the next page's key, empty at the feed's end.
     */
    private CompletionStage<Optional<String>> readFeed(FeedRead read, String afterKey, int scanned) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("channel", read.channel());
        query.put("limit", String.valueOf(read.targetGroup() == null ? read.wanted() : paging.maxLimit()));
        query.put("cursor", afterKey == null ? null : Paging.encode(afterKey));
        Parts parts = read.parts();
        CompletableFuture<Optional<JsonNode>> part = parts.start(() -> reader.getAsync(Downstream.CONTENT_SERVICE,
                "/api/v1/published-stories" + queryString(query), null, read.requestId(), parts.timings(), parts.calls()));
        return parts.get(Downstream.CONTENT_SERVICE, part).thenCompose(page -> {
            if (page.isEmpty()) {
                throw ServiceException.unavailable(Downstream.CONTENT_SERVICE.serviceName(), DownstreamClient.OPEN_SECONDS);
            }
            List<JsonNode> stories = items(page);
            return names(stories, read.serviceToken(), parts, read.requestId()).ready(true).thenCompose(found -> {
                String last = afterKey;
                int taken = 0;
                for (JsonNode story : stories) {
                    taken++;
                    last = PageRequest.TimeKey.of(Instant.parse(story.path("publishedAt").asText()),
                            UUID.fromString(story.path("id").asText()));
                    PublicFeed.Item item = feedItem(story, found);
                    if (read.targetGroup() == null || (item.targetGroups() != null && item.targetGroups().contains(read.targetGroup()))) {
                        read.items().add(item);
                        if (read.items().size() == read.wanted()) {
                            break;
                        }
                    }
                }
                boolean moreThere = page.get().path("_links").path("next").path("href").isTextual();
                if (read.items().size() == read.wanted()) {
                    return CompletableFuture.completedFuture(taken < stories.size() || moreThere ? Optional.ofNullable(last) : Optional.empty());
                }
                if (!moreThere || stories.isEmpty()) {
                    return CompletableFuture.completedFuture(Optional.empty());
                }
                if (scanned + taken >= FEED_SCAN) {
                    return CompletableFuture.completedFuture(Optional.ofNullable(last));
                }
                return readFeed(read, last, scanned + taken);
            });
        });
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
        JsonNode series = found.get(Lookups.Kind.SERIES, story.path("seriesId").asText());
        JsonNode campaign = found.get(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText());
        JsonNode unit = found.get(Lookups.Kind.UNITS, story.path("unitCode").asText());
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

    /** The moderation overview, for a caller on a worker thread (the console's pages): waits for {@link #moderationOverviewAsync}. */
    public ModerationOverview moderationOverview(Map<String, String> filters, Caller caller) {
        return DownstreamClient.await(Downstream.CONTENT_SERVICE, moderationOverviewAsync(filters, caller));
    }

    /**
     * The moderation queue with series, unit sensitivity, channel expectations and the campaign's values, with the
     * caller's token: the queue, then what its stories hang on (one call per kind, in parallel); no thread waits.
     */
    public CompletionStage<ModerationOverview> moderationOverviewAsync(Map<String, String> filters, Caller caller) {
        Parts parts = new Parts(config.composition().budget());
        CompletableFuture<Optional<JsonNode>> page = parts.start(() -> contentRead("/api/v1/moderation-queue" + queryString(filters),
                caller.authorization(), caller, parts));
        return parts.get(Downstream.CONTENT_SERVICE, page).thenCompose(queue -> {
            if (queue.isEmpty()) {
                throw ServiceException.unavailable(Downstream.CONTENT_SERVICE.serviceName(), DownstreamClient.OPEN_SECONDS);
            }
            // What the page's stories hang on: one call per kind for all of them (what is not kept), the four in parallel.
            Names names = new Names(parts, lookups, caller.authorization(), caller.requestId());
            for (JsonNode story : queue.get().path("items")) {
                names.want(Lookups.Kind.SERIES, story.path("seriesId").asText());
                names.want(Lookups.Kind.UNITS, story.path("unitCode").asText());
                names.want(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText());
                story.path("channels").forEach(channel -> names.want(Lookups.Kind.CHANNELS, channel.asText()));
            }
            names.start();
            return names.ready(false).thenApply(found -> moderationOverview(queue.get(), found, filters, caller, parts));
        });
    }

    private static ModerationOverview moderationOverview(JsonNode queue, Names found, Map<String, String> filters, Caller caller,
                                                         Parts parts) {
        List<ModerationOverview.Item> items = new ArrayList<>();
        for (JsonNode story : queue.path("items")) {
            JsonNode unit = found.get(Lookups.Kind.UNITS, story.path("unitCode").asText());
            List<ModerationOverview.Channel> channels = new ArrayList<>();
            for (JsonNode code : story.path("channels")) {
                JsonNode channel = found.get(Lookups.Kind.CHANNELS, code.asText());
                if (channel != null) {
                    channels.add(new ModerationOverview.Channel(channel.path("code").asText(), channel.path("name").asText(),
                            channel.path("audience")));
                }
            }
            List<JsonNode> values = new ArrayList<>();
            JsonNode campaign = found.get(Lookups.Kind.CAMPAIGNS, story.path("campaignId").asText());
            if (campaign != null) {
                campaign.path("values").forEach(values::add);
            }
            items.add(new ModerationOverview.Item(story, found.get(Lookups.Kind.SERIES, story.path("seriesId").asText()),
                    unit == null ? null : unitSummary(unit), channels, values));
        }
        return new ModerationOverview(items, links(caller, "moderation-overview", filters, queue), parts.missing());
    }

    /**
     * What a composed view needs of campaign-service, by kind: wanted first, then read as one part per kind (all
     * started together), then, once {@link #ready} completes, looked up.
     */
    private static final class Names {

        private final Parts parts;
        private final Lookups lookups;
        private final String authorization;
        private final String requestId;
        private final Map<Lookups.Kind, Set<String>> wanted = new EnumMap<>(Lookups.Kind.class);
        private final Map<Lookups.Kind, CompletableFuture<Optional<Map<String, JsonNode>>>> reads = new EnumMap<>(Lookups.Kind.class);
        private final Map<Lookups.Kind, Map<String, JsonNode>> found = new ConcurrentHashMap<>();

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
            wanted.forEach((kind, keys) -> reads.put(kind, parts.start(() -> lookups.several(kind, keys, authorization, requestId,
                    parts.timings(), parts.calls()).thenApply(Optional::of))));
        }

        /**
         * Completes when every kind is read or left out (its service then missing).
         *
         * @param ownToken read with the gateway's own token: a refusal leaves the names out instead of failing the view
         */
        CompletionStage<Names> ready(boolean ownToken) {
            List<CompletableFuture<?>> all = new ArrayList<>();
            reads.forEach((kind, read) -> all.add((ownToken ? parts.getOrMissing(Downstream.CAMPAIGN_SERVICE, read)
                    : parts.get(Downstream.CAMPAIGN_SERVICE, read)).thenAccept(answer -> found.put(kind, answer.orElse(Map.of())))
                    .toCompletableFuture()));
            return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> this);
        }

        /** One of a kind, or null when it is not there; after {@link #ready}. */
        JsonNode get(Lookups.Kind kind, String key) {
            return found.getOrDefault(kind, Map.of()).get(key);
        }
    }

    private static UnitSummary unitSummary(JsonNode unit) {
        return new UnitSummary(unit.path("code").asText(), unit.path("name").asText(), unit.path("sensitive").asBoolean());
    }

    private CompletionStage<Optional<JsonNode>> campaignRead(String path, Caller caller, Parts parts) {
        return reader.getAsync(Downstream.CAMPAIGN_SERVICE, path, caller.authorization(), caller.requestId(), parts.timings(), parts.calls());
    }

    private CompletionStage<Optional<JsonNode>> contentRead(String path, String authorization, Caller caller, Parts parts) {
        return reader.getAsync(Downstream.CONTENT_SERVICE, path, authorization, caller.requestId(), parts.timings(), parts.calls());
    }

    private static List<JsonNode> items(Optional<JsonNode> page) {
        return elements(page.map(p -> p.path("items")));
    }

    /** The elements of a JSON array; none when it is absent. */
    private static List<JsonNode> elements(Optional<JsonNode> array) {
        List<JsonNode> elements = new ArrayList<>();
        array.ifPresent(a -> a.forEach(elements::add));
        return elements;
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
