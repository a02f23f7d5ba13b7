package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.Review;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.api.TransitionInput;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Workflow;

import java.util.UUID;

/**
 * The moderation workflow's entry: moves stories along {@link Workflow#TRANSITIONS} by handing each requested step to
 * the service responsible for it (submission, claims, decisions, publication). Each step locks the story, checks
 * the client's version (If-Match) and writes the new state and its audit entry in one short transaction.
 */
@ApplicationScoped
public class WorkflowService {

    private final SubmissionService submissions;
    private final ClaimService claims;
    private final DecisionService decisions;
    private final PublicationService publication;

    WorkflowService(SubmissionService submissions, ClaimService claims, DecisionService decisions,
                    PublicationService publication) {
        this.submissions = submissions;
        this.claims = claims;
        this.decisions = decisions;
        this.publication = publication;
    }

    public Versioned<Story> transition(UUID id, IfMatch ifMatch, TransitionInput input, Actor actor) {
        Action action = input.action();
        if (Workflow.isDecision(action)) {
            throw ServiceException.invalid("action", "'" + action + "' is decided by posting a review to /stories/" + id + "/reviews");
        }
        if (!Workflow.isRequestedAtTransitions(action)) {
            throw ServiceException.invalid("action", "'" + action + "' is not a transition a client can request");
        }
        String reason = Texts.blankToNull(input.reason());
        if (input.minorCorrection() != null && action != Action.SUBMIT) {
            throw ServiceException.invalid("minorCorrection", "only for submit (of a correction of a published story); leave it out for "
                    + action);
        }
        return switch (action) {
            case SUBMIT -> submissions.submit(id, ifMatch, reason, Boolean.TRUE.equals(input.minorCorrection()), actor);
            case CLAIM -> claims.claim(id, ifMatch, reason, actor);
            case RELEASE -> claims.release(id, ifMatch, reason, actor);
            case RETRACT -> submissions.retract(id, ifMatch, reason, actor);
            default -> publication.change(id, ifMatch, input, reason, actor);
        };
    }

    /** Records a review of the current revision and takes its decision. */
    public Versioned<Review> review(UUID id, IfMatch ifMatch, ReviewInput input, Actor actor) {
        return decisions.review(id, ifMatch, input, actor);
    }
}
