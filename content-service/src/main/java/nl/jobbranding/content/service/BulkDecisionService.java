package nl.jobbranding.content.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.Texts;
import nl.jobbranding.api.rest.ProblemMappers;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.content.api.BulkDecisionInput;
import nl.jobbranding.content.api.BulkDecisionResult;
import nl.jobbranding.content.api.BulkDecisionResult.ItemResult;
import nl.jobbranding.content.api.ReviewInput;
import nl.jobbranding.content.api.Story;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.Verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk moderation: claim, release, approve, request changes or reject up to 100 stories in one request. Each item is
 * the single step (the same service method, so the same rules: claim, four eyes, two approvals for a sensitive unit,
 * open block findings, consent, the item's version as If-Match) in its own short transaction with its own audit
 * entry; a refused item changes nothing and is answered with the problem the single step would have given. No other
 * service is called, so no remote call is made while a story is locked.
 */
@ApplicationScoped
public class BulkDecisionService {

    private static final Map<Action, Decision> DECISIONS = Map.of(Action.APPROVE, Decision.APPROVE,
            Action.REQUEST_CHANGES, Decision.REQUEST_CHANGES, Action.REJECT, Decision.REJECT);
    private static final Set<Action> CLAIMS = Set.of(Action.CLAIM, Action.RELEASE);

    private final ClaimService claims;
    private final DecisionService decisions;

    BulkDecisionService(ClaimService claims, DecisionService decisions) {
        this.claims = claims;
        this.decisions = decisions;
    }

    public BulkDecisionResult decide(BulkDecisionInput input, Actor actor) {
        check(input);
        String reasons = Texts.blankToNull(input.reasons());
        List<ItemResult> results = new ArrayList<>();
        int done = 0;
        for (BulkDecisionInput.Item item : input.items()) {
            ItemResult result;
            try {
                result = QuarkusTransaction.requiringNew().call(() -> one(input.action(), item, reasons, actor));
                done++;
            } catch (ServiceException e) {
                result = new ItemResult(item.storyId(), "refused", null, null, null,
                        ProblemMappers.problem(e, "/api/v1/stories/" + item.storyId()));
            }
            results.add(result);
        }
        return new BulkDecisionResult(input.action(), done, results.size() - done, results);
    }

    private ItemResult one(Action action, BulkDecisionInput.Item item, String reasons, Actor actor) {
        IfMatch ifMatch = IfMatch.of(item.version());
        if (CLAIMS.contains(action)) {
            Versioned<Story> story = action == Action.CLAIM ? claims.claim(item.storyId(), ifMatch, null, actor)
                    : claims.release(item.storyId(), ifMatch, null, actor);
            return new ItemResult(item.storyId(), "done", story.value().state(), story.version(), null, null);
        }
        Decision decision = DECISIONS.get(action);
        String itemReasons = Texts.blankToNull(item.reasons()) != null ? item.reasons() : reasons;
        DecisionService.Decided decided = decisions.decide(item.storyId(), ifMatch,
                story -> reviewOf(story, item, decision, itemReasons), actor);
        return new ItemResult(item.storyId(), "done", decided.state(), decided.version(), decided.review().id(), null);
    }

    /** The item as a review; verdicts it leaves out follow from the decision. */
    private static ReviewInput reviewOf(StoryEntity story, BulkDecisionInput.Item item, Decision decision, String reasons) {
        Verdict verdict = decision == Decision.APPROVE ? Verdict.MEETS : Verdict.CONCERN;
        String explanation = decision == Decision.APPROVE ? null : reasons;
        List<ReviewInput.ValueVerdict> values = item.values() != null ? item.values() : story.reviewValues.stream()
                .map(v -> new ReviewInput.ValueVerdict(v.code(), verdict, explanation)).toList();
        List<ReviewInput.ChannelVerdict> channels = item.channels() != null ? item.channels() : story.content.channels().stream()
                .map(c -> new ReviewInput.ChannelVerdict(c, verdict, explanation)).toList();
        return new ReviewInput(item.revision(), values, channels, decision, reasons);
    }

    /** What makes the whole request malformed (400, nothing done): a step that is not bulk, missing revisions or reasons. */
    private static void check(BulkDecisionInput input) {
        List<InvalidParam> problems = new ArrayList<>();
        if (!CLAIMS.contains(input.action()) && !DECISIONS.containsKey(input.action())) {
            problems.add(new InvalidParam("action", "'" + input.action() + "' is not a bulk step; it is one of "
                    + "[claim, release, approve, request-changes, reject]"));
        }
        boolean decision = DECISIONS.containsKey(input.action());
        boolean needsReasons = input.action() == Action.REQUEST_CHANGES || input.action() == Action.REJECT;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < input.items().size(); i++) {
            BulkDecisionInput.Item item = input.items().get(i);
            if (!seen.add(item.storyId())) {
                problems.add(new InvalidParam("items[" + i + "].storyId", "names a story an earlier item names already"));
            }
            if (decision && item.revision() == null) {
                problems.add(new InvalidParam("items[" + i + "].revision", "required for a decision: the revision reviewed"));
            }
            if (needsReasons && Texts.blankToNull(input.reasons()) == null && Texts.blankToNull(item.reasons()) == null) {
                problems.add(new InvalidParam("items[" + i + "].reasons", "required when the step is " + input.action()
                        + " and the request gives no common reasons"));
            }
        }
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
    }
}
