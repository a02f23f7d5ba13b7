package nl.jobbranding.gateway.console.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.gateway.api.ModerationOverview;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.console.client.ConsoleApi;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.console.session.Sessions;
import nl.jobbranding.gateway.console.view.Formats;
import nl.jobbranding.gateway.console.view.Highlights;
import nl.jobbranding.gateway.console.view.QueueRow;
import nl.jobbranding.gateway.console.view.RubricRow;
import nl.jobbranding.gateway.service.CompositionService;
import nl.jobbranding.gateway.service.Lookups;
import nl.jobbranding.api.service.ServiceException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The community manager's pages: the moderation queue, and the review page with the pre-screen, the channels'
 * expectations, featured people, revisions, comments, the rubric and the decision.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ModerationResource extends ConsolePage {

    static final List<String> VERDICTS = List.of("meets", "concern", "fails");
    private static final int QUEUE_PAGE = 50;

    @Inject
    CompositionService composition;

    @Inject
    Lookups lookups;

    @Inject
    @Location("console/queue.html")
    Template queue;

    @Inject
    @Location("console/review.html")
    Template review;

    @Inject
    @Location("console/transparency.html")
    Template transparency;

    @GET
    @Path("queue")
    @Operation(hidden = true)
    public TemplateInstance queue(@CookieParam(Sessions.COOKIE) String cookie, @QueryParam("campaignId") String campaignId,
                                  @QueryParam("unitCode") String unitCode, @QueryParam("channel") String channel,
                                  @QueryParam("claim") String claim, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        ConsoleUser user = user(cookie, ConsoleUser::communityManager);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("campaignId", blankToNull(campaignId));
        filters.put("unitCode", blankToNull(unitCode));
        filters.put("channel", blankToNull(channel));
        filters.put("limit", String.valueOf(QUEUE_PAGE));
        filters.put("cursor", blankToNull(cursor));
        ModerationOverview overview;
        try {
            overview = composition.moderationOverview(filters, new CompositionService.Caller(user.authorization(),
                    ServiceReader.currentRequestId(), uri.getBaseUri()));
        } catch (ServiceException e) {
            throw failure(user, 503, "Dienst niet bereikbaar", "De wachtrij is nu niet te lezen. Probeer het over een paar seconden opnieuw.");
        }
        List<QueueRow> rows = new ArrayList<>();
        for (ModerationOverview.Item item : overview.items()) {
            String claimedBy = QueueRow.liveClaimant(item.story());
            boolean mine = claimedBy != null && user.name().equals(claimedBy);
            if ("mine".equals(claim) && !mine || "unclaimed".equals(claim) && claimedBy != null) {
                continue;
            }
            rows.add(QueueRow.of(item, age(item.story().path("waitingSince").asText()), claimedBy));
        }
        String next = overview.links() != null && overview.links().next() != null ? cursorOf(overview.links().next().href()) : null;
        Map<String, String> chosen = new HashMap<>(filters);
        chosen.put("claim", claim == null ? "" : claim);
        return queue.data("user", user).data("rows", rows).data("filters", chosen).data("missing", overview.missing())
                .data("next", next).data("campaigns", options(user, "campaigns", "id", filters.get("campaignId")))
                .data("units", options(user, "units", "code", filters.get("unitCode")))
                .data("channelOptions", options(user, "channels", "code", filters.get("channel")));
    }

    @GET
    @Path("stories/{id}")
    @Operation(hidden = true)
    public TemplateInstance story(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id,
                                  @QueryParam("done") String done) {
        ConsoleUser user = user(cookie, u -> u.communityManager() || u.unitEditor() || u.campaignManager());
        return reviewPage(user, id, Map.of(), null, done);
    }

    @POST
    @Path("stories/{id}/claim")
    @Operation(hidden = true)
    public Response claim(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @RestForm String version) {
        return transition(user(cookie, ConsoleUser::communityManager), id, "claim", version);
    }

    @POST
    @Path("stories/{id}/release")
    @Operation(hidden = true)
    public Response release(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @RestForm String version) {
        return transition(user(cookie, ConsoleUser::communityManager), id, "release", version);
    }

    private Response transition(ConsoleUser user, UUID id, String action, String version) {
        ConsoleApi.Answer answer = api.post(user, "stories/" + id + "/transitions", Map.of("action", action), version);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(reviewPage(user, id, Map.of(), message(answer), null)).build();
        }
        return seeOther("/console/stories/" + id + "?done=" + action);
    }

    @POST
    @Path("stories/{id}/dismissals")
    @Operation(hidden = true)
    public Response dismiss(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @RestForm String findingId,
                            @RestForm String reason) {
        ConsoleUser user = user(cookie, ConsoleUser::communityManager);
        Map<String, Object> body = new HashMap<>();
        body.put("findingId", findingId);
        body.put("reason", reason);
        ConsoleApi.Answer answer = api.post(user, "stories/" + id + "/screening/dismissals", body, null);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(reviewPage(user, id, Map.of("dismiss." + findingId, nullToEmpty(reason)),
                    message(answer), null)).build();
        }
        return seeOther("/console/stories/" + id + "?done=dismiss#bevindingen");
    }

    @POST
    @Path("stories/{id}/comments")
    @Operation(hidden = true)
    public Response comment(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @RestForm int revision,
                            @RestForm String text) {
        ConsoleUser user = user(cookie, u -> u.communityManager() || u.unitEditor());
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        ConsoleApi.Answer answer = api.post(user, "stories/" + id + "/revisions/" + revision + "/comments", body, null);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(reviewPage(user, id, Map.of("comment", nullToEmpty(text)), message(answer), null))
                    .build();
        }
        return seeOther("/console/stories/" + id + "?done=comment#opmerkingen");
    }

    @POST
    @Path("stories/{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ConsoleUser user = user(cookie, ConsoleUser::communityManager);
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> {
            if (!values.isEmpty() && !name.startsWith("csrf")) {
                typed.put(name, values.get(0));
            }
        });
        List<Map<String, Object>> values = new ArrayList<>();
        List<Map<String, Object>> channels = new ArrayList<>();
        typed.forEach((name, verdict) -> {
            if (name.startsWith("value.") && !name.endsWith(".explanation")) {
                values.add(verdict(name.substring(6), "value", verdict, typed.get(name + ".explanation")));
            } else if (name.startsWith("channel.") && !name.endsWith(".explanation")) {
                channels.add(verdict(name.substring(8), "channel", verdict, typed.get(name + ".explanation")));
            }
        });
        Map<String, Object> body = new HashMap<>();
        body.put("revision", parseInt(typed.get("revision")));
        body.put("values", values);
        body.put("channels", channels);
        body.put("decision", typed.get("decision"));
        body.put("reasons", blankToNull(typed.get("reasons")));
        ConsoleApi.Answer answer = api.post(user, "stories/" + id + "/reviews", body, typed.get("version"));
        if (answer.status() == 412) {
            return Response.status(412).entity(reviewPage(user, id, typed, new Message(true,
                    "Iemand anders heeft intussen besloten. Hieronder ziet u de huidige stand van het verhaal; wat u invulde staat er nog."),
                    null)).build();
        }
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(reviewPage(user, id, typed, message(answer), null)).build();
        }
        return seeOther("/console/stories/" + id + "?done=" + typed.get("decision"));
    }

    @GET
    @Path("transparency")
    @Operation(hidden = true)
    public TemplateInstance transparency(@CookieParam(Sessions.COOKIE) String cookie) {
        ConsoleUser user = user(cookie, u -> true);
        ConsoleApi.Answer log = required(user, api.get(user, "transparency-log?limit=50"));
        return transparency.data("user", user).data("entries", log.items());
    }

    /** A message at the top of the review page; {@code conflict} for a 412. */
    @io.quarkus.qute.TemplateData
    public record Message(boolean conflict, String text) {
    }

    private static Message message(ConsoleApi.Answer answer) {
        return new Message(answer.status() == 412, answer.problem());
    }

    /** The review page: everything a reviewer needs about one story, with what they typed kept in the forms. */
    TemplateInstance reviewPage(ConsoleUser user, UUID id, Map<String, String> typed, Message message, String done) {
        // Everything that hangs on the story's id comes in one answer: the story, its screening, and the first page of
        // its revisions, comments and audit trail (content-service's review context).
        ConsoleApi.Answer context = required(user, api.get(user, "stories/" + id + "/review-context"));
        Map<String, Object> story = map(context.body().get("story"));
        String version = (String) context.body().get("storyETag");
        Map<String, Object> content = map(story.get("content"));
        int revision = story.get("revision") instanceof Number n ? n.intValue() : 1;

        // Then what the story names: its featured people and the diff to the revision before; channels and the
        // campaign's values come from the lookups kept for all users (they change a few times a year).
        List<CompletableFuture<ConsoleApi.Answer>> personCalls = list(content.get("featuredPeople")).stream()
                .map(person -> api.getAsync(user, "featured-people/" + person)).toList();
        CompletableFuture<ConsoleApi.Answer> diffCall = revision > 1
                ? api.getAsync(user, "stories/" + id + "/revisions/" + revision + "/diff?from=" + (revision - 1)) : null;
        String requestId = ServiceReader.currentRequestId();
        List<Object> channelCodes = list(content.get("channels"));
        List<Map<String, Object>> channels = new ArrayList<>();
        for (Object code : channelCodes) {
            Map<String, Object> channel = lookup(() -> lookups.channel(String.valueOf(code), user.authorization(), requestId));
            channels.add(channel != null ? channel : Map.of("code", code, "name", code));
        }
        List<Map<String, Object>> values = new ArrayList<>();
        if (story.get("campaignId") != null) {
            Map<String, Object> campaign = lookup(() -> lookups.campaign(String.valueOf(story.get("campaignId")), user.authorization(), requestId));
            if (campaign != null) {
                list(campaign.get("values")).forEach(v -> values.add(map(v)));
            }
        }

        Map<String, Object> screening = map(context.body().get("screening"));
        List<Map<String, Object>> findings = new ArrayList<>();
        if (screening != null && screening.get("findings") instanceof List<?> list) {
            int number = 0;
            for (Object finding : list) {
                Map<String, Object> numbered = new HashMap<>(map(finding));
                numbered.put("number", ++number);
                findings.add(numbered);
            }
        }
        List<Object> personIds = list(content.get("featuredPeople"));
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < personCalls.size(); i++) {
            ConsoleApi.Answer answer = personCalls.get(i).join();
            people.add(answer.ok() ? answer.body() : Map.of("id", personIds.get(i), "name", "(niet te lezen)"));
        }
        List<RubricRow> rubric = new ArrayList<>();
        for (Map<String, Object> value : values) {
            String code = String.valueOf(value.get("code"));
            rubric.add(new RubricRow("value", code, String.valueOf(value.get("name")), nullToEmpty((String) value.get("guidance")),
                    typed.getOrDefault("value." + code, "meets"), typed.getOrDefault("value." + code + ".explanation", "")));
        }
        for (Map<String, Object> channel : channels) {
            String code = String.valueOf(channel.get("code"));
            Map<String, Object> audience = map(channel.get("audience"));
            rubric.add(new RubricRow("channel", code, String.valueOf(channel.get("name")),
                    audience == null ? "" : nullToEmpty((String) audience.get("tone")),
                    typed.getOrDefault("channel." + code, "meets"), typed.getOrDefault("channel." + code + ".explanation", "")));
        }
        List<Map<String, Object>> revisions = items(context.body().get("revisions"));
        List<String> diff = diffCall == null ? List.of() : stringList(diffCall.join().body().get("bodyDiff"));
        List<Map<String, Object>> comments = items(context.body().get("comments"));
        List<Map<String, Object>> audit = items(context.body().get("auditTrail"));
        List<Object> allowed = list(story.get("allowedActions"));
        Map<String, Object> claim = map(story.get("claim"));
        boolean holdsClaim = claim != null && Boolean.TRUE.equals(claim.get("live")) && user.name().equals(claim.get("byName"));

        return review.data("user", user).data("story", story).data("content", content).data("version", version)
                .data("revision", revision)
                .data("title", Highlights.of((String) content.get("title"), "title", findings))
                .data("summary", Highlights.of((String) content.get("summary"), "summary", findings))
                .data("body", Highlights.of((String) content.get("body"), "body", findings))
                .data("findings", findings).data("screened", screening != null)
                .data("readability", screening != null ? map(screening.get("readability")) : null)
                .data("channels", channels).data("people", people).data("rubric", rubric).data("verdicts", VERDICTS)
                .data("revisions", revisions).data("diff", diff).data("comments", comments).data("audit", audit)
                .data("canClaim", allowed.contains("claim") && !holdsClaim).data("canRelease", allowed.contains("release"))
                .data("canDecide", user.communityManager() && ("in-review".equals(story.get("state")) || !typed.isEmpty()))
                .data("holdsClaim", holdsClaim).data("claim", claim)
                .data("typed", typed).data("decision", typed.getOrDefault("decision", ""))
                .data("reasons", typed.getOrDefault("reasons", "")).data("commentText", typed.getOrDefault("comment", ""))
                .data("message", message).data("done", done == null ? "" : done);
    }

    /** A lookup as a map for the template; null when it is not there or campaign-service does not answer now. */
    private Map<String, Object> lookup(java.util.function.Supplier<java.util.Optional<JsonNode>> read) {
        JsonNode found = node(read);
        return found == null ? null : api.toMap(found);
    }

    /** A lookup as it is kept; null when it is not there or campaign-service does not answer now. */
    private static JsonNode node(java.util.function.Supplier<java.util.Optional<JsonNode>> read) {
        try {
            return read.get().orElse(null);
        } catch (ServiceException | nl.jobbranding.gateway.client.RefusedByService | io.quarkus.security.UnauthorizedException e) {
            return null;
        }
    }

    private static Map<String, Object> verdict(String code, String kind, String verdict, String explanation) {
        Map<String, Object> line = new HashMap<>();
        line.put(kind, code);
        line.put("verdict", verdict);
        line.put("explanation", blankToNull(explanation));
        return line;
    }

    private static String age(String since) {
        try {
            return Formats.age(Duration.between(Instant.parse(since), Instant.now()));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * The choices of a queue filter: code or id, and name, by name, from a list campaign-service keeps for all users (the
     * first {@value Lookups#LIST_LIMIT}); a chosen one beyond those is added, so that it stays selected.
     */
    private List<Option> options(ConsoleUser user, String collection, String key, String chosen) {
        String requestId = ServiceReader.currentRequestId();
        // read from the kept JSON as it is: converting the whole list on every page cost more than the page's own data
        JsonNode page = node(() -> lookups.list(collection, user.authorization(), requestId));
        List<Option> options = new ArrayList<>();
        if (page != null) {
            page.path("items").forEach(item -> options.add(Option.of(item, key)));
        }
        if (chosen != null && options.stream().noneMatch(option -> chosen.equals(option.value()))) {
            JsonNode one = node(() -> switch (collection) {
                case "campaigns" -> lookups.campaign(chosen, user.authorization(), requestId);
                case "units" -> lookups.unit(chosen, user.authorization(), requestId);
                default -> lookups.channel(chosen, user.authorization(), requestId);
            });
            options.add(one != null ? Option.of(one, key) : new Option(chosen, chosen));
        }
        options.sort(java.util.Comparator.comparing(Option::name, String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    /** One choice in a filter's list. */
    @io.quarkus.qute.TemplateData
    public record Option(String value, String name) {

        /** The choice of one item of a list: its code or id ({@code key}), and its name (the code when it has none). */
        static Option of(JsonNode item, String key) {
            String value = item.path(key).asText();
            JsonNode name = item.path("name");
            return new Option(value, name.isTextual() ? name.asText() : value);
        }
    }

    private static String cursorOf(String href) {
        int at = href.indexOf("cursor=");
        if (at < 0) {
            return null;
        }
        int end = href.indexOf('&', at);
        return java.net.URLDecoder.decode(href.substring(at + 7, end < 0 ? href.length() : end), java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The items of a page in an answer (empty when it is not there). */
    static List<Map<String, Object>> items(Object page) {
        Map<String, Object> items = map(page);
        List<Map<String, Object>> list = new ArrayList<>();
        list(items == null ? null : items.get("items")).forEach(item -> list.add(map(item)));
        return list;
    }

    static List<String> stringList(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Integer parseInt(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
