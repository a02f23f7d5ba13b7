package nl.jobbranding.content.mapping;

import nl.jobbranding.content.api.Appeal;
import nl.jobbranding.content.api.StoryRequest;
import nl.jobbranding.content.model.AppealEntity;
import nl.jobbranding.content.model.StoryRequestEntity;
import nl.jobbranding.content.api.AuditEvent;
import nl.jobbranding.content.api.Comment;
import nl.jobbranding.content.api.FeaturedPerson;
import nl.jobbranding.content.api.PublishedStory;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.api.Revision;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.api.StoryPost;
import nl.jobbranding.content.api.TakedownEntry;
import nl.jobbranding.content.api.TakedownTask;
import nl.jobbranding.content.api.TransparencyEntry;
import nl.jobbranding.content.model.StoryPostEntity;
import nl.jobbranding.content.model.TakedownTaskEntity;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.AuditEventEntity;
import nl.jobbranding.content.model.CommentEntity;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryRevisionEntity;
import nl.jobbranding.content.model.Workflow;
import nl.jobbranding.content.repository.ReviewRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Entities to API records and back. */
public final class ApiMapper {

    private ApiMapper() {
    }

    public static Story toApi(StoryEntity e, List<String> approvedBy, List<Action> allowedActions, Instant now) {
        return new Story(e.id, e.seriesId, e.unitCode, e.campaignId, e.state, e.stateReason, e.revision, e.content,
                e.unitSensitive, approvals(e, approvedBy), claim(e, now), e.submittedAt, e.publishAt,
                e.publishedAt, e.expiresAt, e.publishedRevision, e.minorCorrection, allowedActions, Workflow.transitionsAmong(allowedActions),
                Workflow.decisionsAmong(allowedActions), e.createdAt, e.updatedAt, null);
    }

    public static Story.Approvals approvals(StoryEntity e, List<String> approvedBy) {
        return new Story.Approvals(e.approvalsNeeded, approvedBy);
    }

    /** The claim on the story, or null when nobody claimed it. */
    public static Story.Claim claim(StoryEntity e, Instant now) {
        return e.claimedBy == null ? null : new Story.Claim(e.claimedByName, e.claimedUntil, e.claimLive(now));
    }

    public static Revision toApi(StoryRevisionEntity e) {
        return new Revision(e.key.number(), e.createdByName, e.createdAt, e.content);
    }

    /** A live story as the public reads it: the content of its published revision {@code c}. */
    public static PublishedStory toPublished(StoryEntity e, StoryContent c) {
        return new PublishedStory(e.id, e.campaignId, e.seriesId, e.unitCode, c.title(), c.summary(), c.body(), c.bodyFormat(),
                c.language(), c.channels(), c.tags(), c.media(), c.vacancyLinks(), c.author(), c.contactPerson(), e.publishedAt,
                e.expiresAt);
    }

    public static Review toApi(ReviewEntity e) {
        return new Review(e.id, e.storyId, e.revision, e.reviewerName, e.decision, e.reasons, e.verdicts.values(),
                e.verdicts.channels(), e.decidedAt);
    }

    /** A decision as the public may see it: values and verdicts, no names, no free text. */
    public static TransparencyEntry toTransparency(ReviewRepository.Decided d) {
        List<TransparencyEntry.ValueOutcome> values = d.verdicts().values().stream()
                .map(v -> new TransparencyEntry.ValueOutcome(v.value(), v.verdict())).toList();
        return new TransparencyEntry(d.reviewId(), d.storyId(), d.campaignId(), d.seriesId(), d.unitCode(), d.storyState(),
                d.decision(), values, d.decidedAt());
    }

    public static Comment toApi(CommentEntity e) {
        return new Comment(e.id, e.storyId, e.revision, e.parentId, e.authorName, e.text, e.resolvedAt, e.resolvedByName,
                e.createdAt);
    }

    public static AuditEvent toApi(AuditEventEntity e) {
        return new AuditEvent(e.id, e.at, e.actorName, e.actorRole, e.action, e.fromState, e.toState, e.revision, e.reason);
    }

    public static FeaturedPerson toApi(FeaturedPersonEntity e) {
        return new FeaturedPerson(e.id, e.unitCode, e.name, e.consentScope, e.channelCodes.stream().sorted().toList(),
                e.consentGivenOn, e.consentValidUntil, e.withdrawnAt, e.withdrawalReason, e.createdAt, e.updatedAt);
    }

    public static StoryPost toApi(StoryPostEntity e) {
        return new StoryPost(e.key.storyId(), e.key.channelCode(), e.url, e.postedAt, e.postedByName);
    }

    public static TakedownTask toApi(TakedownTaskEntity e) {
        return new TakedownTask(e.id, e.storyId, e.channelCode, e.url, e.cause, e.openedAt, e.takenDownAt, e.confirmedByName,
                e.confirmedAt);
    }

    /** A takedown as the public sees it: no names, no post address. */
    public static TakedownEntry toPublic(TakedownTaskEntity e) {
        return new TakedownEntry(e.storyId, e.channelCode, e.cause, e.openedAt, e.takenDownAt,
                e.takenDownAt == null ? null : e.takenDownAt.isBefore(e.openedAt) ? Duration.ZERO
                        : Duration.between(e.openedAt, e.takenDownAt).truncatedTo(ChronoUnit.SECONDS));
    }

    public static Appeal toApi(AppealEntity e) {
        return new Appeal(e.id, e.storyId, e.reviewId, e.decision, e.appealedByName, e.reasons, e.createdAt, e.outcome,
                e.decidedByName, e.outcomeReasons, e.decidedAt);
    }

    public static StoryRequest toApi(StoryRequestEntity e, StoryEntity story) {
        StoryRequest.LinkedStory linked = story == null ? null
                : new StoryRequest.LinkedStory(story.id, story.content.title(), story.state, e.linkedAt);
        return new StoryRequest(e.id, e.unitCode, e.seriesId, e.campaignId, e.topic, e.targetGroup, e.channel,
                java.time.YearMonth.from(e.wantedBy), e.notes, e.state, e.requestedByName, e.createdAt, e.decisionReason,
                e.decidedByName, e.decidedAt, linked, e.fulfilledAt);
    }
}
