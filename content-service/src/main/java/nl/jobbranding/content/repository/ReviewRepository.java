package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.StoryState;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<ReviewEntity, UUID> {

    public List<ReviewEntity> ofStory(UUID storyId) {
        return list("storyId", Sort.by("decidedAt").and("id"), storyId);
    }

    /**
     * The approvals of these stories (of any round), in the order they were decided: who, on which revision, when. In SQL:
     * a list of ids bound in a query of Hibernate's own language would make it translate the query again on every call.
     */
    public List<Approval> approvalsOf(Collection<UUID> storyIds) {
        if (storyIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = getEntityManager().createNativeQuery("select story_id, reviewer_name, revision, decided_at "
                        + "from review where story_id in (:ids) and decision = :approve order by decided_at, id")
                .unwrap(NativeQuery.class);
        return query.addScalar("story_id", StandardBasicTypes.UUID).addScalar("reviewer_name", StandardBasicTypes.STRING)
                .addScalar("revision", StandardBasicTypes.INTEGER).addScalar("decided_at", StandardBasicTypes.INSTANT)
                .setParameter("ids", storyIds).setParameter("approve", Decision.APPROVE.name()).getResultList().stream()
                .map(row -> new Approval((UUID) row[0], (String) row[1], (Integer) row[2], (Instant) row[3])).toList();
    }

    /** An approval as a list of stories shows it (the review's verdicts are not read). */
    public record Approval(UUID storyId, String reviewerName, int revision, Instant decidedAt) {
    }

    /** A page of a story's reviews in the order they were decided (ids are time-ordered), after the review {@code after}. */
    public List<ReviewEntity> pageOfStory(UUID storyId, UUID after, int limit) {
        return after == null ? find("storyId = ?1", Sort.by("id"), storyId).range(0, limit - 1).list()
                : find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }

    /**
     * A review decision as the transparency log shows it: the columns it needs of the review and its story, read as they
     * are (neither entity is loaded, nor the story's content).
     */
    public record Decided(UUID reviewId, UUID storyId, UUID campaignId, UUID seriesId, String unitCode, StoryState storyState,
                          Decision decision, ReviewEntity.Verdicts verdicts, Instant decidedAt) {
    }

    /**
     * The states whose decisions the transparency log shows (besides live stories'), written into the query: a list bound
     * as a parameter would make Hibernate translate the query again on every call.
     */
    private static final String SHOWN = StoryState.class.getName() + ".PUBLISHED, " + StoryState.class.getName() + ".REJECTED";

    /** Decisions on stories that are now published or rejected, newest first. */
    public List<Decided> transparencyAfter(Instant beforeDecided, UUID beforeId, UUID campaignId, int limit) {
        String query = "select r.id, s.id, s.campaignId, s.seriesId, s.unitCode, s.state, r.decision, r.verdicts, r.decidedAt "
                + "from ReviewEntity r, StoryEntity s where s.id = r.storyId and (s.state in (" + SHOWN + ") or s.publishedRevision is not null)";
        if (campaignId != null) {
            query += " and s.campaignId = :campaign";
        }
        if (beforeDecided != null) {
            query += " and (r.decidedAt < :before or (r.decidedAt = :before and r.id < :beforeId))";
        }
        var typed = getEntityManager().createQuery(query + " order by r.decidedAt desc, r.id desc", Decided.class)
                .setMaxResults(limit);
        if (campaignId != null) {
            typed.setParameter("campaign", campaignId);
        }
        if (beforeDecided != null) {
            typed.setParameter("before", beforeDecided).setParameter("beforeId", beforeId);
        }
        return typed.getResultList();
    }
}
