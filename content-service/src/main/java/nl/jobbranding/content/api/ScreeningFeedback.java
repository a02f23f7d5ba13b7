package nl.jobbranding.content.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.jobbranding.api.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "Reviewers' feedback on the pre-screen: a page of dismissals and misses, oldest first, with counts "
        + "per rule and per value over everything the filters select (not only this page). Per rule, dismissals against "
        + "findings are a live precision signal; per value, misses against findings that were not dismissed a recall signal.")
public record ScreeningFeedback(
        @Schema(description = "Dismissals and misses, oldest first.") List<Item> items,
        Counts counts,
        @JsonProperty("_links") @Schema(description = "Links to this page and, when there are more items, the next page.")
        Page.PageLinks links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScreeningFeedbackItem", requiredProperties = {"kind", "storyId", "revision", "value", "field", "start", "end",
            "excerpt", "note", "at"}, description = "A finding a reviewer dismissed, or a span the screen missed.")
    public record Item(
            @Schema(enumeration = {"dismissal", "miss"}, example = "dismissal") String kind,
            UUID storyId,
            @Schema(example = "2") int revision,
            UUID campaignId,
            @Schema(example = "careful") String value,
            @Schema(description = "The dismissed finding's rule; absent for a miss.", example = "careful.phone-number") String rule,
            @Schema(description = "The dismissed finding's id; absent for a miss.", example = "careful.phone-number@body:120-131")
            String findingId,
            @Schema(description = "The miss's id; absent for a dismissal.") UUID missId,
            @Schema(enumeration = {"title", "summary", "body"}, example = "body") String field,
            @Schema(description = "Offset of the first character (UTF-16 code units).", example = "120") int start,
            @Schema(description = "Offset after the last character.", example = "131") int end,
            @Schema(description = "The span's text, at most 200 characters.", example = "088-1234567") String excerpt,
            @Schema(description = "The dismissal's reason or the miss's note.", example = "Algemeen nummer van de inrichting.")
            String note,
            @Schema(example = "2026-11-20T09:00:00Z") Instant at) {
    }

    @Schema(name = "ScreeningFeedbackCounts", description = "Counts over everything the filters select.")
    public record Counts(
            @Schema(description = "Per rule: findings of revisions screened in the period, and dismissals.") List<RuleCount> rules,
            @Schema(description = "Per value: findings, dismissals and misses.") List<ValueCount> values) {
    }

    @Schema(name = "ScreeningFeedbackRuleCount")
    public record RuleCount(
            @Schema(example = "careful.phone-number") String rule,
            @Schema(example = "careful") String value,
            @Schema(example = "40") long findings,
            @Schema(example = "6") long dismissals) {
    }

    @Schema(name = "ScreeningFeedbackValueCount")
    public record ValueCount(
            @Schema(example = "just") String value,
            @Schema(example = "25") long findings,
            @Schema(example = "3") long dismissals,
            @Schema(example = "9") long misses) {
    }
}
