package nl.jobbranding.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.jobbranding.api.Page;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.rest.Paging;
import nl.jobbranding.api.rest.QueryParams;
import nl.jobbranding.api.security.Roles;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.content.api.ScreeningFeedback;
import nl.jobbranding.content.model.Language;
import nl.jobbranding.content.repository.ScreeningFeedbackRepository.FeedbackFilter;
import nl.jobbranding.content.service.ScreeningFeedbackService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneOffset;

@Path("/api/v1/screening-feedback")
@RolesAllowed({Roles.COMMUNITY_MANAGER, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Pre-screen")
public class ScreeningFeedbackResource {

    private final ScreeningFeedbackService service;
    private final Paging paging;
    private final CurrentActor actor;

    ScreeningFeedbackResource(ScreeningFeedbackService service, Paging paging, CurrentActor actor) {
        this.service = service;
        this.paging = paging;
        this.actor = actor;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List reviewers' feedback on the pre-screen", description = "Findings reviewers dismissed and spans "
            + "they reported as missed, oldest first, with counts per rule (findings, dismissals) and per value (findings, "
            + "dismissals, misses) over everything the filters select: a live precision and recall signal for the screen.")
    @APIResponse(responseCode = "200", description = "A page of feedback with the counts.")
    public ScreeningFeedback listScreeningFeedback(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Only this value.", example = "careful") @QueryParam("value") String value,
            @Parameter(description = "Only this rule (so no misses, which have none).", example = "careful.phone-number")
            @QueryParam("rule") String rule,
            @Parameter(description = "Only dismissals or only misses.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"dismissal", "miss"})) @QueryParam("kind") String kind,
            @Parameter(description = "Only feedback given (and findings screened) on or after this day (UTC).",
                    example = "2026-11-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only feedback given (and findings screened) on or before this day (UTC).",
                    example = "2026-11-30", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Context UriInfo uriInfo) {
        FeedbackFilter filter = filter(campaignId, value, rule, kind, from, to, null);
        Page<ScreeningFeedback.Item> page = paging.page(service.list(paging.request(limit, cursor), filter, actor.get()), uriInfo);
        return new ScreeningFeedback(page.items(), service.counts(filter, actor.get()), page.links());
    }

    @GET
    @Path("/corpus")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Export screening feedback as labelled corpus", description = "Every revision with feedback under the "
            + "filters, as entries of the pre-screen's labelled corpus (src/test/resources/screening-corpus): a header "
            + "'=== <id> [sensitive] unit=<CODE> channel=<code>,<code> [consented=Name;Name]', the title line, then the body "
            + "with [[value:text]] around every span the screen must find: the misses reviewers reported and the findings "
            + "nobody dismissed. Dismissed findings stay unlabelled. Only the story's own text is written (no notes, reasons "
            + "or reviewers); consented names are only those of the featured people, author and contact person that occur "
            + "in the text. Stories featuring someone whose consent was withdrawn are left out, as are the summary (the "
            + "format has none) and texts the format cannot hold. A label keeps only the first line of its span. Paged by "
            + "revisions: the Link header (rel=next) points at the next page.")
    @APIResponse(responseCode = "200", description = "Corpus entries, separated by an empty line.",
            headers = @Header(name = "Link", description = "The next page, as <url>; rel=\"next\"; absent on the last page.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING,
                    example = "=== feedback-0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79-r1 unit=BD channel=linkedin\n"
                            + "Werken bij ons\nWe zoeken iemand die [[just:net van school]] komt.\n")))
    public Response exportScreeningFeedbackCorpus(
            @Parameter(ref = "limit") @QueryParam(Paging.LIMIT) String limit,
            @Parameter(ref = "cursor") @QueryParam(Paging.CURSOR) String cursor,
            @Parameter(description = "Only stories of this campaign.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("campaignId") String campaignId,
            @Parameter(description = "Only revisions with feedback on this value.", example = "careful") @QueryParam("value") String value,
            @Parameter(description = "Only revisions with a dismissal of this rule.", example = "careful.phone-number")
            @QueryParam("rule") String rule,
            @Parameter(description = "Only revisions with dismissals, or only with misses.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"dismissal", "miss"})) @QueryParam("kind") String kind,
            @Parameter(description = "Only revisions with feedback given on or after this day (UTC).", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Only revisions with feedback given on or before this day (UTC).", example = "2026-11-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Only stories in this language; the corpus keeps one file per language.",
                    schema = @Schema(implementation = Language.class)) @QueryParam("language") String language,
            @Context UriInfo uriInfo) {
        FeedbackFilter filter = filter(campaignId, value, rule, kind, from, to, language);
        Page<String> page = paging.page(service.corpus(paging.request(limit, cursor), filter, actor.get()), uriInfo);
        Response.ResponseBuilder response = Response.ok(String.join("\n", page.items()), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"));
        if (page.links().next() != null) {
            response.header("Link", "<" + page.links().next().href() + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static FeedbackFilter filter(String campaignId, String value, String rule, String kind, String from, String to,
                                         String language) {
        String kindValue = Texts.blankToNull(kind);
        if (kindValue != null && !kindValue.equals("dismissal") && !kindValue.equals("miss")) {
            throw ServiceException.invalid("kind", "'" + kind + "' is not one of: dismissal, miss");
        }
        LocalDate fromDay = QueryParams.date("from", from);
        LocalDate toDay = QueryParams.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ServiceException.invalid("to", "must not be before from (" + fromDay + ")");
        }
        Language languageValue = QueryParams.enumValue("language", language, Language.class);
        return new FeedbackFilter(QueryParams.uuid("campaignId", campaignId), Texts.blankToNull(value), Texts.blankToNull(rule),
                kindValue, fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                languageValue == null ? null : languageValue.toString());
    }
}
