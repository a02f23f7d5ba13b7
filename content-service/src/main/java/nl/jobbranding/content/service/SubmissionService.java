package nl.jobbranding.content.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.CampaignRef;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.client.UnitRef;
import nl.jobbranding.content.config.ContentConfig;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.screening.ScreeningResult;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Submission: checks the story's series, campaign and unit in campaign-service and screens it, and only then, in one
 * short transaction, locks the story, checks that nothing changed (If-Match) and submits it. No call to
 * campaign-service is made while a lock or a database connection is held, so a slow campaign-service slows only the
 * submission that waits for it.
 */
@ApplicationScoped
public class SubmissionService {

    private final StoryRepository stories;
    private final StoryChanges changes;
    private final CampaignClient campaigns;
    private final ScreeningService screening;
    private final ContentConfig config;
    private final StoryViews views;

    SubmissionService(StoryRepository stories, StoryChanges changes, CampaignClient campaigns, ScreeningService screening,
                      ContentConfig config, StoryViews views) {
        this.views = views;
        this.stories = stories;
        this.changes = changes;
        this.campaigns = campaigns;
        this.screening = screening;
        this.config = config;
    }

    /** The story as it is submitted, read before anything is locked. */
    private record Draft(UUID seriesId, String unitCode, Set<String> channels, StoryContent content, List<String> names) {
    }

    /** What campaign-service says about the draft, and the pre-screen's findings on it. */
    private record Checked(CampaignRef campaign, UnitRef unit, ScreeningResult screening) {
    }

    /** Submits the story; {@code minorCorrection}: the author declares a correction of a published story minor. */
    public Versioned<Story> submit(UUID id, IfMatch ifMatch, String reason, boolean minorCorrection, Actor actor) {
        Draft draft = QuarkusTransaction.requiringNew().call(() -> read(id, ifMatch, actor));
        Checked checked = check(draft);
        return QuarkusTransaction.requiringNew().call(() -> changes.step(id, ifMatch, Action.SUBMIT, reason, actor,
                (story, now) -> {
                    changes.requireConsents(story, now);
                    story.campaignId = checked.campaign().id();
                    story.unitSensitive = checked.unit().sensitive();
                    if (minorCorrection && !story.live()) {
                        throw ServiceException.invalid("minorCorrection", "only a correction of a published story can be "
                                + "minor; this story is not published: leave it out, or false");
                    }
                    story.minorCorrection = minorCorrection;
                    story.approvalsNeeded = checked.unit().sensitive() && !minorCorrection ? config.review().sensitiveApprovals() : 1;
                    story.reviewValues = checked.campaign().values().stream()
                            .map(v -> new StoryEntity.ReviewValue(v.code(), v.name())).toList();
                    screening.store(story, checked.screening());
                    story.submittedAt = now;
                    story.stateReason = null;
                    story.clearClaim();
                    story.state = StoryState.SUBMITTED;
                }));
    }

    /**
     * The unit takes its submission back before anyone claimed it: no claim and no approval in this round. The story is
     * a draft again, which can be revised and submitted anew (but not deleted: it was submitted).
     */
    @Transactional
    public Versioned<Story> retract(UUID id, IfMatch ifMatch, String reason, Actor actor) {
        return changes.step(id, ifMatch, Action.RETRACT, reason, actor, (story, now) -> {
            if (!views.approvals(story).isEmpty()) {
                throw ServiceException.conflict("Review under way", "A community manager approved this story already; it "
                        + "can no longer be taken back. Ask a campaign manager to withdraw it.");
            }
            story.clearClaim();
            story.stateReason = null;
            story.state = StoryState.DRAFT;
        });
    }

    /** Fails fast, before campaign-service is asked anything: the story must exist, be readable, current and submittable. */
    private Draft read(UUID id, IfMatch ifMatch, Actor actor) {
        StoryEntity story = Access.readableStory(stories, id, actor);
        StoryChanges.requireSomeRole(story, Action.SUBMIT, actor);
        IfMatch.check(ifMatch, StoryChanges.WHAT, story.version, story.state.toString());
        changes.allowedRole(story, Action.SUBMIT, actor);
        return new Draft(story.seriesId, story.unitCode, Set.copyOf(story.channelCodes), story.content,
                screening.featuredNames(story.unitCode, story.content.featuredPeople()));
    }

    private Checked check(Draft draft) {
        SeriesRef series = campaigns.series(draft.seriesId()).orElseThrow(() -> ServiceException.conflict("Unknown series",
                "campaign-service has no series '" + draft.seriesId() + "'; the story cannot be submitted."));
        if (!series.active()) {
            throw ServiceException.conflict("Series not active", "The series '" + series.name() + "' is " + series.status()
                    + "; only stories of an active series can be submitted.");
        }
        if (!series.unitCode().equals(draft.unitCode())) {
            throw ServiceException.conflict("Series of another unit", "The series '" + series.name() + "' belongs to unit "
                    + series.unitCode() + ", not to " + draft.unitCode() + ".");
        }
        Set<String> offSeries = new HashSet<>(draft.channels());
        offSeries.removeAll(series.channels());
        if (!offSeries.isEmpty()) {
            throw ServiceException.conflict("Channels outside the series", "The story is meant for " + offSeries.stream().sorted().toList()
                    + ", which the series '" + series.name() + "' does not use; it uses " + series.channels() + ".");
        }
        CampaignRef campaign = campaigns.campaign(series.campaignId()).orElseThrow(() -> ServiceException.conflict(
                "Unknown campaign", "campaign-service has no campaign '" + series.campaignId() + "'."));
        if (!campaign.active()) {
            throw ServiceException.conflict("Campaign not active", "The campaign '" + campaign.name() + "' is " + campaign.status() + ".");
        }
        UnitRef unit = campaigns.unit(draft.unitCode()).orElseThrow(() -> ServiceException.conflict("Unknown unit",
                "campaign-service has no unit '" + draft.unitCode() + "'."));
        return new Checked(campaign, unit, screening.screenForSubmission(draft.content(), draft.names(), unit, campaign));
    }
}
