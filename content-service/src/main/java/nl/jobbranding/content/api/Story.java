package nl.jobbranding.content.api;

import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.StoryState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "A job-branding story with its place in the moderation workflow.")
public record Story(
        @Schema(example = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") UUID id,
        @Schema(example = "0192f0c5-1b2c-7d3e-9f40-5a6b7c8d9e0f") UUID seriesId,
        @Schema(example = "DJI") String unitCode,
        @Schema(nullable = true, description = "The series' campaign; known from the first submission on.", example = "0192f0c4-7a1e-7cc1-8a3e-2f1d4c5b6a79")
        UUID campaignId,
        @Schema(example = "in-review") StoryState state,
        @Schema(nullable = true, description = "Why the story is in its state, for changes requested, rejected and withdrawn stories.",
                example = "De consent van een geïnterviewde is ingetrokken.")
        String stateReason,
        @Schema(description = "The current revision's number: every edit adds a revision after the latest; after a rejected "
                + "correction the published revision is the current one again.", example = "2") int revision,
        StoryContent content,
        @Schema(description = "Whether the unit is sensitive, so that two community managers must approve.", example = "true")
        boolean unitSensitive,
        @Schema(description = "Approvals needed and given for the current review round.") Approvals approvals,
        @Schema(nullable = true, description = "Who reviews the story now, while the claim lasts.") Claim claim,
        @Schema(nullable = true, example = "2026-11-20T08:00:00Z") Instant submittedAt,
        @Schema(nullable = true, example = "2026-12-01T07:00:00Z") Instant publishAt,
        @Schema(nullable = true, example = "2026-12-01T07:00:00Z") Instant publishedAt,
        @Schema(nullable = true, example = "2027-03-01T00:00:00Z") Instant expiresAt,
        @Schema(nullable = true, description = "The revision the public reads while the story is live; absent while it is not. A correction "
                + "of a published story is reviewed against it (GET .../revisions/{revision}/diff?from={publishedRevision}) "
                + "and replaces it when approved; rejected, it leaves this revision live and current.", example = "1") Integer publishedRevision,
        @Schema(description = "Whether the correction under review was submitted as minor (a typo): one approval suffices, "
                + "also for a sensitive unit.", example = "false") boolean minorCorrection,
        @Schema(description = "Deprecated: use allowedTransitions and allowedDecisions (and revise: PUT the story). "
                + "Everything the caller may do now, transitions and review decisions mixed.", deprecated = true,
                example = "[\"release\", \"approve\", \"request-changes\", \"reject\"]") List<Action> allowedActions,
        @Schema(description = "What the caller may post to /stories/{storyId}/transitions now (as action).",
                example = "[\"release\"]") List<Action> allowedTransitions,
        @Schema(description = "What the caller may decide now by posting a review to /stories/{storyId}/reviews (as decision).",
                example = "[\"approve\", \"request-changes\", \"reject\"]") List<Decision> allowedDecisions,
        @Schema(example = "2026-11-19T09:30:00Z") Instant createdAt,
        @Schema(example = "2026-11-20T08:00:00Z") Instant updatedAt,
        @Schema(nullable = true, description = "Only in the answer to writing or revising a story (null elsewhere): what submission would refuse, said early "
                + "(a channel outside the series, a featured person whose consent does not cover the story), as warnings on "
                + "the fields, the same as screening the draft gives. The story is saved regardless.")
        List<Screening.ScreeningFinding> warnings) {

    /** The same story, with the early warnings of a save. */
    public Story withWarnings(List<Screening.ScreeningFinding> early) {
        return new Story(id, seriesId, unitCode, campaignId, state, stateReason, revision, content, unitSensitive, approvals,
                claim, submittedAt, publishAt, publishedAt, expiresAt, publishedRevision, minorCorrection, allowedActions,
                allowedTransitions, allowedDecisions, createdAt, updatedAt, early);
    }

    @Schema(name = "Approvals", description = "Approvals needed for the story and those given in the current round.")
    public record Approvals(
            @Schema(example = "2") int needed,
            @Schema(description = "Names of the community managers who approved the current revision.", example = "[\"Fatima\"]")
            List<String> givenBy) {
    }

    @Schema(name = "Claim", description = "A community manager's claim on a story for review.")
    public record Claim(
            @Schema(example = "Fatima") String byName,
            @Schema(example = "2026-11-20T08:30:00Z") Instant until,
            @Schema(description = "False when the claim has run out; anyone may claim the story then.", example = "true")
            boolean live) {
    }
}
