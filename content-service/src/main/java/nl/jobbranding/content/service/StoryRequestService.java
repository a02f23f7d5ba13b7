package nl.jobbranding.content.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.StoryRequest;
import nl.jobbranding.content.api.StoryRequestDecisionInput;
import nl.jobbranding.content.api.StoryRequestFulfilmentInput;
import nl.jobbranding.content.api.StoryRequestInput;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.mapping.ApiMapper;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryRequestEntity;
import nl.jobbranding.content.model.StoryRequestState;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.repository.StoryRequestRepository;
import nl.jobbranding.content.repository.StoryRequestRepository.RequestFilter;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Story requests: community and campaign managers ask a unit (or one of its series) for a story; only that unit's
 * editors accept or decline, and link the story that answers an accepted request. The request is fulfilled when the
 * linked story is published ({@link #storyPublished}, in the publication's transaction), or at once when the story
 * linked is published already. Unit, series, channel and target group are checked in campaign-service before anything
 * is written, never while a row is locked.
 */
@ApplicationScoped
public class StoryRequestService {

    static final String WHAT = "story request";

    /** States in which the story linked to an accepted request can still be published. */
    private static final Set<StoryState> DEAD_ENDS = EnumSet.of(StoryState.REJECTED, StoryState.WITHDRAWN, StoryState.ARCHIVED);

    private final StoryRequestRepository requests;
    private final StoryRepository stories;
    private final StoryChanges changes;
    private final CampaignClient campaigns;
    private final EntityManager entityManager;
    private final Clock clock;

    StoryRequestService(StoryRequestRepository requests, StoryRepository stories, StoryChanges changes, CampaignClient campaigns,
                        EntityManager entityManager, Clock clock) {
        this.requests = requests;
        this.stories = stories;
        this.changes = changes;
        this.campaigns = campaigns;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Versioned<StoryRequest> create(StoryRequestInput input, Actor actor) {
        if (!actor.has(Role.COMMUNITY_MANAGER) && !actor.has(Role.CAMPAIGN_MANAGER)) {
            throw ServiceException.forbidden("Only community and campaign managers ask units for stories.");
        }
        if (campaigns.unit(input.unitCode()).isEmpty()) {
            throw ServiceException.invalid("unitCode", "unit " + input.unitCode() + " does not exist in campaign-service");
        }
        SeriesRef series = null;
        if (input.seriesId() != null) {
            series = campaigns.series(input.seriesId())
                    .orElseThrow(() -> ServiceException.invalid("seriesId", "series " + input.seriesId() + " does not exist"));
            if (!input.unitCode().equals(series.unitCode())) {
                throw ServiceException.invalid("seriesId", "is a series of unit " + series.unitCode() + ", not of " + input.unitCode());
            }
        }
        String channel = blankToNull(input.channel());
        if (channel != null) {
            if (campaigns.channel(channel).isEmpty()) {
                throw ServiceException.invalid("channel", "channel " + channel + " does not exist; valid: "
                        + String.join(", ", campaigns.channelCodes()));
            }
            if (series != null && series.channels() != null && !series.channels().contains(channel)) {
                throw ServiceException.invalid("channel", "is not a channel of the series; its channels: "
                        + String.join(", ", series.channels()));
            }
        }
        String targetGroup = blankToNull(input.targetGroup());
        if (targetGroup != null && campaigns.targetGroup(targetGroup).isEmpty()) {
            throw ServiceException.invalid("targetGroup", "target group " + targetGroup + " does not exist in campaign-service");
        }
        UUID campaignId = series == null ? null : series.campaignId();
        return QuarkusTransaction.requiringNew().call(() -> {
            StoryRequestEntity request = new StoryRequestEntity();
            request.unitCode = input.unitCode();
            request.seriesId = input.seriesId();
            request.campaignId = campaignId;
            request.topic = input.topic().strip();
            request.targetGroup = targetGroup;
            request.channel = channel;
            request.wantedBy = input.wantedBy().atDay(1);
            request.notes = blankToNull(input.notes());
            request.requestedBy = actor.id();
            request.requestedByName = actor.name();
            requests.persist(request);
            Writes.flush(entityManager, WHAT);
            return versioned(request, null);
        });
    }

    @Transactional
    public Slice<StoryRequest> list(PageRequest page, RequestFilter filter, Actor actor) {
        RequestFilter scoped = new RequestFilter(filter.state(), Access.unitScope(actor, filter.unitCode()), filter.seriesId(),
                filter.month(), filter.campaignId());
        return Slice.ofPage(requests.pageAfter(page.afterUuid(), scoped, page.limit() + 1), page.limit(), r -> r.id.toString(),
                this::toApi);
    }

    @Transactional
    public Versioned<StoryRequest> get(UUID id, Actor actor) {
        StoryRequestEntity request = readable(requests.findByIdOptional(id).orElse(null), id, actor);
        return versioned(request, request.storyId == null ? null : stories.findById(request.storyId));
    }

    /** The unit's editors accept or decline an open request. */
    @Transactional
    public Versioned<StoryRequest> decide(UUID id, IfMatch ifMatch, StoryRequestDecisionInput input, Actor actor) {
        StoryRequestEntity request = readable(requests.findForUpdate(id).orElse(null), id, actor);
        Access.requireEditorOf(actor, request.unitCode, WHAT);
        IfMatch.check(ifMatch, WHAT, request.version, request.state.toString());
        if (request.state != StoryRequestState.OPEN) {
            throw ServiceException.conflict("Request answered", "This request was " + request.state + " already.");
        }
        request.state = input.decision() == StoryRequestDecisionInput.Decision.ACCEPT ? StoryRequestState.ACCEPTED
                : StoryRequestState.DECLINED;
        request.decisionReason = input.reason().strip();
        request.decidedBy = actor.id();
        request.decidedByName = actor.name();
        request.decidedAt = clock.instant();
        Writes.flush(entityManager, WHAT);
        return versioned(request, null);
    }

    /**
     * The unit's editors link the story that answers an accepted request (again, to replace a story that will not be
     * published). The story is locked first, as publication locks it, so a publication at the same moment either sees
     * the link or is seen by it.
     */
    @Transactional
    public Versioned<StoryRequest> fulfil(UUID id, IfMatch ifMatch, StoryRequestFulfilmentInput input, Actor actor) {
        if (requests.count("id", id) == 0) {
            throw ServiceException.notFound(WHAT, id);
        }
        StoryEntity story = changes.lock(input.storyId())
                .orElseThrow(() -> ServiceException.invalid("storyId", "story " + input.storyId() + " does not exist"));
        StoryRequestEntity request = readable(requests.findForUpdate(id).orElse(null), id, actor);
        Access.requireEditorOf(actor, request.unitCode, WHAT);
        IfMatch.check(ifMatch, WHAT, request.version, request.state.toString());
        if (request.state != StoryRequestState.ACCEPTED) {
            throw ServiceException.conflict("Request not accepted", "Only an accepted request is fulfilled by a story; this one is "
                    + request.state + ".");
        }
        if (!story.unitCode.equals(request.unitCode)) {
            throw ServiceException.invalid("storyId", "is a story of unit " + story.unitCode + ", not of " + request.unitCode);
        }
        if (request.seriesId != null && !request.seriesId.equals(story.seriesId)) {
            throw ServiceException.invalid("storyId", "is not a story of the request's series " + request.seriesId);
        }
        if (DEAD_ENDS.contains(story.state)) {
            throw ServiceException.conflict("Story will not be published", "The story is " + story.state
                    + " and will not be published; link a story that can still go out.");
        }
        Instant now = clock.instant();
        request.storyId = story.id;
        request.linkedAt = now;
        if (story.state == StoryState.PUBLISHED) {
            request.state = StoryRequestState.FULFILLED;
            request.fulfilledAt = story.publishedAt;
        }
        Writes.flush(entityManager, WHAT);
        return versioned(request, story);
    }

    /** Called in the transaction that publishes the story, which holds it locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storyPublished(StoryEntity story, Instant at) {
        requests.fulfilBy(story.id, at);
    }

    /** The request when the actor may see it: every request for managers, their own unit's for unit editors. */
    private static StoryRequestEntity readable(StoryRequestEntity request, UUID id, Actor actor) {
        if (request == null) {
            throw ServiceException.notFound(WHAT, id);
        }
        Access.requireRead(actor, request.unitCode, WHAT);
        return request;
    }

    private List<StoryRequest> toApi(List<StoryRequestEntity> page) {
        List<UUID> storyIds = page.stream().map(r -> r.storyId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<UUID, StoryEntity> linked = storyIds.isEmpty() ? Map.of()
                : stories.list("id in ?1", storyIds).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return page.stream().map(r -> ApiMapper.toApi(r, r.storyId == null ? null : linked.get(r.storyId))).toList();
    }

    private static Versioned<StoryRequest> versioned(StoryRequestEntity request, StoryEntity story) {
        return new Versioned<>(ApiMapper.toApi(request, story), request.version);
    }

    private static String blankToNull(String text) {
        return nl.jobbranding.api.Texts.blankToNull(text);
    }
}
