package nl.jobbranding.gateway.console.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.jobbranding.gateway.client.CallTimings;
import nl.jobbranding.gateway.client.ServiceReader;
import nl.jobbranding.gateway.console.client.ConsoleApi;
import nl.jobbranding.gateway.console.session.ConsoleUser;
import nl.jobbranding.gateway.console.session.Sessions;
import nl.jobbranding.gateway.service.Lookups;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import static nl.jobbranding.gateway.console.rest.ModerationResource.blankToNull;
import static nl.jobbranding.gateway.console.rest.ModerationResource.list;
import static nl.jobbranding.gateway.console.rest.ModerationResource.map;

/**
 * The unit editor's pages: their unit's stories by state, writing and editing a story with the pre-screen shown while
 * they type, submitting, and the featured people with their consent.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class EditorResource extends ConsolePage {

    /** What a channel's code can be (campaign-service's rule): anything else is not asked for. */
    private static final Pattern CHANNEL_CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private static final List<String> STATE_ORDER = List.of("changes-requested", "draft", "submitted", "in-review", "approved",
            "scheduled", "published", "rejected", "withdrawn", "archived");

    @Inject
    Lookups lookups;

    @Inject
    @Location("console/my-stories.html")
    Template myStories;

    @Inject
    @Location("console/edit.html")
    Template edit;

    @Inject
    @Location("console/prescreen.html")
    Template prescreen;

    @Inject
    @Location("console/featured-people.html")
    Template featuredPeople;

    @GET
    @Path("my-stories")
    @Operation(hidden = true)
    public TemplateInstance myStories(@CookieParam(Sessions.COOKIE) String cookie) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        CompletableFuture<ConsoleApi.Answer> seriesCall = api.getAsync(user, "series?unitCode=" + user.unit() + "&status=active&limit=100");
        List<Map<String, Object>> stories = required(user, api.getAsync(user, "stories?unitCode=" + user.unit() + "&limit=100").join()).items();
        Map<String, List<Map<String, Object>>> byState = new LinkedHashMap<>();
        STATE_ORDER.forEach(state -> byState.put(state, new ArrayList<>()));
        stories.forEach(story -> byState.computeIfAbsent(String.valueOf(story.get("state")), s -> new ArrayList<>()).add(story));
        byState.values().removeIf(List::isEmpty);
        List<Map<String, Object>> series = seriesCall.join().items();
        return myStories.data("user", user).data("groups", byState.entrySet()).data("series", series);
    }

    @GET
    @Path("stories/new")
    @Operation(hidden = true)
    public TemplateInstance newStory(@CookieParam(Sessions.COOKIE) String cookie, @QueryParam("seriesId") UUID seriesId) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        if (seriesId == null) {
            throw failure(user, 400, "Kies een serie", "Kies op Mijn verhalen de serie waarin u een verhaal schrijft.");
        }
        Map<String, String> typed = new HashMap<>();
        typed.put("seriesId", seriesId.toString());
        return editPage(user, null, typed, null);
    }

    @POST
    @Path("stories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(@CookieParam(Sessions.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        ConsoleApi.Answer answer = api.post(user, "stories", story(user, form), null);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(editPage(user, null, typed(form), answer.problem())).build();
        }
        return seeOther("/console/stories/" + answer.body().get("id") + "/edit?done=saved");
    }

    @GET
    @Path("stories/{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance editStory(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @QueryParam("done") String done) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        return editPage(user, id, null, null).data("done", done == null ? "" : done);
    }

    @POST
    @Path("stories/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        ConsoleApi.Answer answer = api.put(user, "stories/" + id, story(user, form), form.getFirst("version"));
        if (!answer.ok()) {
            String problem = answer.status() == 412 ? "Iemand anders heeft dit verhaal intussen gewijzigd. Uw tekst staat hieronder nog; "
                    + "sla hem opnieuw op om de nieuwe versie te overschrijven." : answer.problem();
            return Response.status(answer.status()).entity(editPage(user, id, typed(form), problem)).build();
        }
        return seeOther("/console/stories/" + id + "/edit?done=saved");
    }

    @POST
    @Path("stories/{id}/submit")
    @Operation(hidden = true)
    public Response submit(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("id") UUID id, @RestForm String version) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        ConsoleApi.Answer answer = api.post(user, "stories/" + id + "/transitions", Map.of("action", "submit"), version);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(editPage(user, id, null, answer.problem())).build();
        }
        return seeOther("/console/my-stories?done=submitted");
    }

    /** The live pre-screen: a fragment for htmx (also a page of its own without JavaScript, never needed). */
    @POST
    @Path("screening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public TemplateInstance screen(@CookieParam(Sessions.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        TemplateInstance fragment = prescreen.instance();
        Map<String, Object> content = content(form);
        List<String> codes = list(content.get("channels")).stream().map(String::valueOf).toList();
        screening(user, form.getFirst("seriesId"), content, channels(user, codes)).join().forEach(fragment::data);
        return fragment;
    }

    @GET
    @Path("featured-people")
    @Operation(hidden = true)
    public TemplateInstance people(@CookieParam(Sessions.COOKIE) String cookie) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        return peoplePage(user, Map.of(), null);
    }

    @POST
    @Path("featured-people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addPerson(@CookieParam(Sessions.COOKIE) String cookie, MultivaluedMap<String, String> form) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", user.unit());
        body.put("name", form.getFirst("name"));
        body.put("consentScope", form.getFirst("consentScope"));
        body.put("channels", form.getOrDefault("channels", List.of()));
        body.put("givenOn", blankToNull(form.getFirst("givenOn")));
        body.put("validUntil", blankToNull(form.getFirst("validUntil")));
        ConsoleApi.Answer answer = api.post(user, "featured-people", body, null);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(peoplePage(user, typed(form), answer.problem())).build();
        }
        return seeOther("/console/featured-people?done=added");
    }

    @POST
    @Path("featured-people/{personId}/consent-withdrawal")
    @Operation(hidden = true)
    public Response withdraw(@CookieParam(Sessions.COOKIE) String cookie, @PathParam("personId") UUID personId, @RestForm String reason) {
        ConsoleUser user = user(cookie, ConsoleUser::unitEditor);
        ConsoleApi.Answer answer = api.post(user, "featured-people/" + personId + "/consent-withdrawal", Map.of("reason",
                reason == null ? "" : reason), null);
        if (!answer.ok()) {
            return Response.status(answer.status()).entity(peoplePage(user, Map.of(), answer.problem())).build();
        }
        return seeOther("/console/featured-people?done=withdrawn");
    }

    private TemplateInstance peoplePage(ConsoleUser user, Map<String, String> typed, String problem) {
        CompletableFuture<ConsoleApi.Answer> seriesCall = api.getAsync(user, "series?unitCode=" + user.unit() + "&limit=100");
        List<Map<String, Object>> people = required(user, api.getAsync(user, "featured-people?unitCode=" + user.unit() + "&limit=100").join()).items();
        List<String> channels = new ArrayList<>();
        for (Map<String, Object> series : seriesCall.join().items()) {
            list(series.get("channels")).forEach(c -> {
                if (!channels.contains(String.valueOf(c))) {
                    channels.add(String.valueOf(c));
                }
            });
        }
        return featuredPeople.data("user", user).data("people", people).data("channels", channels).data("typed", typed)
                .data("problem", problem).data("today", LocalDate.now().toString()).data("nextYear", LocalDate.now().plusYears(1).toString());
    }

    /**
     * The edit page: the stored story, or what the editor typed when saving did not work. Its reads start together:
     * the story, its comments, the unit's featured people and (when the form names it) the series at once; then the
     * series' channels (kept by the gateway, {@link Lookups}) and the pre-screen of the text together.
     */
    private TemplateInstance editPage(ConsoleUser user, UUID id, Map<String, String> typed, String problem) {
        String typedSeries = typed == null ? null : typed.get("seriesId");
        CompletableFuture<ConsoleApi.Answer> seriesCall = typedSeries == null ? null : api.getAsync(user, "series/" + typedSeries);
        CompletableFuture<ConsoleApi.Answer> storyCall = id == null ? null : api.getAsync(user, "stories/" + id);
        CompletableFuture<ConsoleApi.Answer> commentsCall = id == null ? null : api.getAsync(user, "stories/" + id + "/comments?limit=50");
        CompletableFuture<ConsoleApi.Answer> peopleCall = api.getAsync(user, "featured-people?unitCode=" + user.unit() + "&limit=100");
        Map<String, Object> story = Map.of();
        String version = null;
        Map<String, String> values = new HashMap<>();
        List<String> chosenChannels = new ArrayList<>();
        List<String> chosenPeople = new ArrayList<>();
        if (id != null) {
            ConsoleApi.Answer answer = required(user, storyCall.join());
            story = answer.body();
            version = answer.etag();
            Map<String, Object> content = map(story.get("content"));
            values.put("seriesId", String.valueOf(story.get("seriesId")));
            values.put("title", (String) content.get("title"));
            values.put("summary", (String) content.get("summary"));
            values.put("body", (String) content.get("body"));
            Map<String, Object> author = map(content.get("author"));
            if (author != null) {
                values.put("authorName", (String) author.get("name"));
                values.put("authorRole", (String) author.get("role"));
                values.put("pseudonym", Boolean.TRUE.equals(author.get("pseudonym")) ? "true" : null);
            }
            Map<String, Object> contact = map(content.get("contactPerson"));
            values.put("contactName", contact == null ? null : (String) contact.get("name"));
            list(content.get("channels")).forEach(c -> chosenChannels.add(String.valueOf(c)));
            list(content.get("featuredPeople")).forEach(p -> chosenPeople.add(String.valueOf(p)));
        }
        if (typed != null) {
            values.putAll(typed);
            if (typed.containsKey("channels*")) {
                chosenChannels.clear();
                chosenChannels.addAll(List.of(typed.get("channels*").split(",")));
            }
            if (typed.containsKey("featuredPeople*")) {
                chosenPeople.clear();
                chosenPeople.addAll(List.of(typed.get("featuredPeople*").split(",")));
            }
        }
        String seriesId = values.get("seriesId");
        Map<String, Object> series = required(user, (seriesCall != null ? seriesCall : api.getAsync(user, "series/" + seriesId)).join()).body();
        List<String> seriesChannels = list(series.get("channels")).stream().map(String::valueOf).toList();
        List<String> chosen = seriesChannels.stream()
                .filter(code -> id == null && typed != null && !typed.containsKey("channels*") || chosenChannels.contains(code)).toList();

        // the channels' names and lengths (kept) and the pre-screen of the text, together
        CompletableFuture<Map<String, Map<String, Object>>> channelCall = channels(user, seriesChannels);
        Map<String, Object> content = new HashMap<>();
        content.put("title", values.get("title"));
        content.put("body", values.get("body"));
        content.put("channels", chosen);
        CompletableFuture<Map<String, Object>> screeningCall = values.get("body") == null || values.get("body").isBlank()
                ? CompletableFuture.completedFuture(Map.of("waiting", true, "lengths", List.of(), "findings", List.of()))
                : screening(user, seriesId, contentOf(values, content), channelCall);

        Map<String, Map<String, Object>> known = channelCall.join();
        List<Map<String, Object>> channels = new ArrayList<>();
        for (String code : seriesChannels) {
            Map<String, Object> channel = new HashMap<>(Map.of("code", code, "name", code));
            channel.putAll(known.getOrDefault(code, Map.of()));
            channel.put("chosen", chosen.contains(code));
            channels.add(channel);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (Map<String, Object> person : peopleCall.join().items()) {
            Map<String, Object> shown = new HashMap<>(person);
            shown.put("chosen", chosenPeople.contains(String.valueOf(person.get("id"))));
            people.add(shown);
        }
        List<Map<String, Object>> comments = commentsCall == null ? List.of() : commentsCall.join().items();
        List<Object> allowed = list(story.get("allowedActions"));
        TemplateInstance page = edit.data("user", user).data("story", story).data("id", id).data("version", version).data("v", values)
                .data("series", series).data("channels", channels).data("people", people).data("comments", comments)
                .data("problem", problem).data("canSubmit", allowed.contains("submit")).data("done", "");
        screeningCall.join().forEach(page::data);
        return page;
    }

    private static Map<String, Object> contentOf(Map<String, String> values, Map<String, Object> partial) {
        Map<String, Object> content = new HashMap<>(partial);
        content.put("summary", blankToNull(values.get("summary")));
        content.put("bodyFormat", "plain");
        content.put("language", "nl");
        content.put("author", Map.of("name", values.getOrDefault("authorName", "") == null ? "" : values.getOrDefault("authorName", ""),
                "pseudonym", "true".equals(values.get("pseudonym")),
                "role", values.get("authorRole") == null ? "" : values.get("authorRole")));
        return content;
    }

    /**
     * What campaign-service says about these channels, by code, from the lookups the gateway keeps (one call for those
     * not kept); a code that cannot be a channel is not asked, and when campaign-service does not answer the page shows
     * the codes.
     */
    private CompletableFuture<Map<String, Map<String, Object>>> channels(ConsoleUser user, List<String> codes) {
        List<String> asked = codes.stream().filter(code -> CHANNEL_CODE.matcher(code).matches()).distinct().toList();
        if (asked.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        return lookups.several(Lookups.Kind.CHANNELS, asked, user.authorization(), ServiceReader.currentRequestId(), CallTimings.current(), null)
                .thenApply(found -> {
                    Map<String, Map<String, Object>> channels = new HashMap<>();
                    found.forEach((code, channel) -> channels.put(code, api.toMap(channel)));
                    return channels;
                }).exceptionally(failure -> Map.of()).toCompletableFuture();
    }

    /**
     * The pre-screen of a draft and the length per channel, as template data (prescreen.html): the pre-screen is asked
     * at once, while the channels' lengths are read.
     */
    private CompletableFuture<Map<String, Object>> screening(ConsoleUser user, String seriesId, Map<String, Object> content,
                                                            CompletableFuture<Map<String, Map<String, Object>>> channelCall) {
        Map<String, Object> request = new HashMap<>();
        request.put("seriesId", blankToNull(seriesId));
        request.put("unitCode", user.unit());
        request.put("content", screenable(content));
        CompletableFuture<ConsoleApi.Answer> screened = api.postAsync(user, "screenings", request);
        String body = content.get("body") == null ? "" : String.valueOf(content.get("body"));
        return channelCall.thenCombine(screened, (known, answer) -> {
            List<Map<String, Object>> lengths = new ArrayList<>();
            for (Object code : list(content.get("channels"))) {
                if (String.valueOf(code).isBlank()) {
                    continue; // not a channel: the pre-screen's answer says so
                }
                Map<String, Object> channel = known.get(String.valueOf(code));
                Map<String, Object> audience = channel == null ? null : map(channel.get("audience"));
                int max = audience != null && audience.get("maxLength") instanceof Number n ? n.intValue() : 0;
                Object name = channel != null && channel.get("name") != null ? channel.get("name") : code;
                lengths.add(Map.of("name", name, "length", body.length(), "max", max, "over", max > 0 && body.length() > max));
            }
            Map<String, Object> data = new HashMap<>();
            data.put("lengths", lengths);
            data.put("waiting", !answer.ok());
            data.put("findings", answer.ok() ? list(answer.body().get("findings")) : List.of());
            return data;
        });
    }

    /** What stands in for a blank title, author name or role in the pre-screen's request: text it finds nothing in. */
    private static final String BLANK = "-";

    /**
     * The typed content as the pre-screen takes it. The pre-screen requires a title and an author (name and role), as a
     * story does; one left blank has nothing to find in it and is sent as {@value #BLANK}, in which it finds nothing
     * either. So a form that comes back refused because one of them was blank (a title of spaces passes the browser's
     * check) shows the findings of the text that was typed, and the live pre-screen shows them as soon as there is text
     * and a channel, before the title and author are filled in.
     */
    private static Map<String, Object> screenable(Map<String, Object> content) {
        Map<String, Object> screened = new HashMap<>(content);
        if (isBlank(content.get("title"))) {
            screened.put("title", BLANK);
        }
        Map<String, Object> typedAuthor = map(content.get("author"));
        Map<String, Object> author = typedAuthor == null ? new HashMap<>() : new HashMap<>(typedAuthor);
        for (String field : List.of("name", "role")) {
            if (isBlank(author.get(field))) {
                author.put(field, BLANK);
            }
        }
        author.putIfAbsent("pseudonym", false);
        screened.put("author", author);
        return screened;
    }

    private static boolean isBlank(Object value) {
        return value == null || String.valueOf(value).isBlank();
    }

    /** A story as the API takes it (StoryInput), from the edit form. */
    private static Map<String, Object> story(ConsoleUser user, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new HashMap<>();
        body.put("seriesId", form.getFirst("seriesId"));
        body.put("unitCode", user.unit());
        body.put("content", content(form));
        return body;
    }

    private static Map<String, Object> content(MultivaluedMap<String, String> form) {
        Map<String, Object> content = new HashMap<>();
        content.put("title", form.getFirst("title"));
        content.put("summary", blankToNull(form.getFirst("summary")));
        content.put("body", form.getFirst("body"));
        content.put("bodyFormat", "plain");
        content.put("language", "nl");
        content.put("channels", form.getOrDefault("channels", List.of()));
        content.put("featuredPeople", form.getOrDefault("featuredPeople", List.of()));
        Map<String, Object> author = new HashMap<>();
        author.put("name", form.getFirst("authorName"));
        author.put("pseudonym", "true".equals(form.getFirst("pseudonym")));
        author.put("role", form.getFirst("authorRole"));
        content.put("author", author);
        String contact = blankToNull(form.getFirst("contactName"));
        if (contact != null) {
            content.put("contactPerson", Map.of("name", contact));
        }
        return content;
    }

    /** What the editor typed, to put back in the form; lists joined under {@code name*}. */
    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> {
            if (!name.startsWith("csrf") && !values.isEmpty()) {
                typed.put(name, values.get(0));
            }
        });
        typed.put("channels*", String.join(",", form.getOrDefault("channels", List.of())));
        typed.put("featuredPeople*", String.join(",", form.getOrDefault("featuredPeople", List.of())));
        return typed;
    }
}
