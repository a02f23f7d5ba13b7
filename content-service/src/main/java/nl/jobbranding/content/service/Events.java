package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.model.ApiEnum;
import nl.jobbranding.api.service.Outbox;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.AppealEntity;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * content-service's events (transactional outbox), each written in the transaction of the change it tells of: a
 * change rolled back leaves no event. Story events come with the story's audit entry ({@link AuditTrail} calls
 * {@link #story}), so no workflow step can change a story without both. They carry ids, codes and states: never names,
 * reasons or texts.
 */
@ApplicationScoped
public class Events {

    /** What happened; {@link #value} is how it travels ({@code story.changes-requested}). */
    public enum Type {
        STORY_SUBMITTED, STORY_RETRACTED, STORY_CLAIMED, STORY_RELEASED, STORY_CHANGES_REQUESTED, STORY_REJECTED,
        STORY_APPROVED, STORY_SCHEDULED, STORY_UNSCHEDULED, STORY_PUBLISHED, STORY_WITHDRAWN, STORY_EXPIRED,
        STORY_ARCHIVED, STORY_POSTED, STORY_TAKEDOWN_CONFIRMED, APPEAL_FILED, APPEAL_DECIDED,
        FEATURED_PERSON_CONSENT_WITHDRAWN;

        public String value() {
            String name = ApiEnum.value(this);
            return name.startsWith("featured-person-") ? "featured-person." + name.substring("featured-person-".length())
                    : name.replaceFirst("-", ".");
        }

        /** Every event type as it travels, for subscriptions and the API document. */
        public static List<String> names() {
            return Arrays.stream(values()).map(Type::value).toList();
        }
    }

    private final EntityManager entityManager;

    Events(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The event an audited action on a story is, if any. Every action must be placed here (the switch has no default),
     * so a new workflow step decides whether subscribers hear of it.
     */
    static Type of(Action action, StoryState to) {
        return switch (action) {
            case SUBMIT -> Type.STORY_SUBMITTED;
            case RETRACT -> Type.STORY_RETRACTED;
            case CLAIM -> Type.STORY_CLAIMED;
            case RELEASE -> Type.STORY_RELEASED;
            case REQUEST_CHANGES -> Type.STORY_CHANGES_REQUESTED;
            case REJECT -> Type.STORY_REJECTED;
            // A sensitive unit's story needs two approvals: the first leaves it waiting for the second.
            case APPROVE -> to == StoryState.APPROVED ? Type.STORY_APPROVED : null;
            case SCHEDULE -> Type.STORY_SCHEDULED;
            case UNSCHEDULE -> Type.STORY_UNSCHEDULED;
            case PUBLISH -> Type.STORY_PUBLISHED;
            case WITHDRAW -> Type.STORY_WITHDRAWN;
            case EXPIRE -> Type.STORY_EXPIRED;
            case ARCHIVE -> Type.STORY_ARCHIVED;
            case APPEAL -> Type.APPEAL_FILED;
            // Where the story went out on a channel, and that a post was taken down after a withdrawal or expiry.
            case RECORD_POST -> Type.STORY_POSTED;
            case CONFIRM_TAKEDOWN -> Type.STORY_TAKEDOWN_CONFIRMED;
            // An erasure withdraws the person's stories first (each a story.withdrawn); an event of its own would
            // tell subscribers whom it concerned.
            case ERASE_PERSON -> null;
            // With its outcome, by AppealService (#appealDecided).
            case DECIDE_APPEAL -> null;
            // A unit's own drafting and the screen's bookkeeping: nobody outside the story waits for these.
            case CREATE, REVISE, DELETE, DISMISS_FINDING, REPORT_MISS -> null;
        };
    }

    /** Records the event of an audited action on a story, if it is one. */
    void story(StoryEntity story, Action action, StoryState from, Instant at) {
        Type type = of(action, story.state);
        if (type != null) {
            record(type, story, from, at, Map.of());
        }
    }

    void appealDecided(StoryEntity story, AppealEntity appeal, StoryState from, Instant at) {
        record(Type.APPEAL_DECIDED, story, from, at, Map.of("appealId", appeal.id.toString(),
                "outcome", appeal.outcome.toString()));
    }

    void consentWithdrawn(FeaturedPersonEntity person, List<UUID> withdrawnStories, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("featuredPersonId", person.id.toString());
        data.put("unitCode", person.unitCode);
        // Each story withdrawn has its own story.withdrawn event; a count keeps this one small.
        data.put("storiesWithdrawn", withdrawnStories.size());
        Outbox.record(entityManager, Type.FEATURED_PERSON_CONSENT_WITHDRAWN.value(), person.id, at, data);
    }

    private void record(Type type, StoryEntity story, StoryState from, Instant at, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("storyId", story.id.toString());
        data.put("campaignId", story.campaignId.toString());
        data.put("seriesId", story.seriesId.toString());
        data.put("unitCode", story.unitCode);
        data.put("fromState", from == null ? null : from.toString());
        data.put("state", story.state.toString());
        data.put("revision", story.revision);
        data.putAll(extra);
        Outbox.record(entityManager, type.value(), story.id, at, data);
    }

    /**
     * Committed events of content-service after a position, in commit order. The outbox also holds campaign-service's
     * events copied to be delivered as webhooks ({@link CampaignEventImport}); those stay in /campaign-events.
     */
    @Transactional
    public Outbox.Page feed(Outbox.Position after, int limit) {
        return Outbox.feed(entityManager, after, limit, Type.names());
    }

    /** Every event type a webhook subscription may ask for: content-service's and campaign-service's. */
    public static List<String> deliverableTypes() {
        return java.util.stream.Stream.concat(Type.names().stream(), CampaignEventImport.TYPES.stream()).toList();
    }
}
