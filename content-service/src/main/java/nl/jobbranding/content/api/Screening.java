package nl.jobbranding.content.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "The automated pre-screen of a story's text against the values. The screen points; the reviewer "
        + "decides. A block finding that is not dismissed prevents approval.")
public record Screening(
        @Schema(nullable = true, description = "The revision screened; null for a draft screened without storing.", example = "2") Integer revision,
        @Schema(nullable = true, description = "When it was screened.", example = "2026-11-20T08:00:00Z") Instant screenedAt,
        @Schema(description = "The version of the rule data that produced the findings.", example = "en-2026.11.1+nl-2026.11.1")
        String rulesVersion,
        @Schema(description = "Findings that are not dismissed, per severity.") QueueItem.PreScreenSummary open,
        @Schema(description = "The findings in text order: at most 20 per rule; the rest are counted in omittedFindings.")
        List<ScreeningFinding> findings,
        ScreeningReadability readability,
        @Schema(description = "Per rule and severity, how many further findings were counted but not listed (at most 20 "
                + "findings of one rule are listed). Empty when none were left out. Omitted block findings keep blocking "
                + "approval until the story is changed.")
        List<OmittedFindings> omittedFindings) {

    @Schema(name = "OmittedFindings", description = "Findings of one rule and severity that were counted but not listed.")
    public record OmittedFindings(
            @Schema(example = "careful.email-address") String rule,
            @Schema(example = "careful") String value,
            @Schema(enumeration = {"block", "warn", "info"}, example = "warn") String severity,
            @Schema(description = "How many were left out.", example = "37") int count) {
    }

    @Schema(name = "ScreeningFinding", description = "One place where the story may break a value.")
    public record ScreeningFinding(
            @Schema(description = "Stable id within the revision: rule, place and span.", example = "careful.phone-number@body:120-131")
            String id,
            @Schema(description = "What it concerns: a value (careful, just, cost-conscious, transparent, or the campaign's own), "
                    + "tendentious, channel-fit or language-level.", example = "careful") String value,
            @Schema(example = "careful.phone-number") String rule,
            @Schema(enumeration = {"block", "warn", "info"}, example = "warn") String severity,
            Message message,
            @Schema(description = "Where: title, summary or body; for a sensitive unit's story also author.name, "
                    + "contactPerson.email, contactPerson.phone, media[n].altText or tags[n]; when a draft is screened, "
                    + "channels[n] (a channel outside the series) and featuredPeople[n] (consent that does not cover the "
                    + "story), which submission would refuse.", example = "body") String field,
            @Schema(description = "Offset of the first character (UTF-16 code units, as in JavaScript).", example = "120") int start,
            @Schema(description = "Offset after the last character.", example = "131") int end,
            @Schema(example = "06-12345678") String excerpt,
            @Schema(nullable = true, example = "Gebruik een functioneel adres, zoals werkenbij@…") String suggestion,
            @Schema(nullable = true, description = "The channel a channel-fit finding is about.", example = "instagram") String channel,
            @Schema(nullable = true, description = "Set when a reviewer dismissed the finding; null otherwise.") Dismissal dismissal) {
    }

    @Schema(name = "FindingMessage", description = "What the finding means, in Dutch and English.")
    public record Message(
            @Schema(example = "Telefoonnummer: maakt iemand direct bereikbaar en vindbaar.") String nl,
            @Schema(example = "A phone number makes someone directly reachable and findable.") String en) {
    }

    @Schema(name = "FindingDismissal", description = "Who dismissed a finding, when and why.")
    public record Dismissal(
            @Schema(example = "Fatima") String byName,
            @Schema(example = "2026-11-20T09:00:00Z") Instant at,
            @Schema(example = "Dit is het algemene nummer van de inrichting.") String reason) {
    }

    @Schema(name = "ScreeningReadability", description = "Readability of the body: Flesch-Douma for Dutch, Flesch reading "
            + "ease for English, against the strictest language level of the story's channels.")
    public record ScreeningReadability(
            @Schema(nullable = true, description = "Null for texts under 30 words.", example = "64.2") Double score,
            @Schema(example = "B1") String targetLevel,
            @Schema(example = "60") Integer minimumScore,
            @Schema(example = "412") int words,
            @Schema(example = "31") int sentences,
            @Schema(example = "2") int longSentences) {
    }
}
