package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.ReviewEntity;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryState;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<ReviewEntity, UUID> {

    public List<ReviewEntity> ofStory(UUID storyId) {
        return list("storyId", Sort.by("decidedAt").and("id"), storyId);
    }

    /** The approvals of these stories (of any round), in the order they were decided. */
    public List<ReviewEntity> approvalsOf(Collection<UUID> storyIds) {
        return list("storyId in ?1 and decision = ?2", Sort.by("decidedAt").and("id"), storyIds, Decision.APPROVE);
    }

    /** A page of a story's reviews in the order they were decided (ids are time-ordered), after the review {@code after}. */
    public List<ReviewEntity> pageOfStory(UUID storyId, UUID after, int limit) {
        return after == null ? find("storyId = ?1", Sort.by("id"), storyId).range(0, limit - 1).list()
                : find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }

    /** A review with the story it decided on. */
    public record Decided(ReviewEntity review, StoryEntity story) {
    }

    /** Decisions on stories that are now published or rejected, newest first. */
    public List<Decided> transparencyAfter(Instant beforeDecided, UUID beforeId, UUID campaignId, int limit) {
        String query = "select r, s from ReviewEntity r, StoryEntity s where s.id = r.storyId and (s.state in :shown or s.publishedRevision is not null)";
        if (campaignId != null) {
            query += " and s.campaignId = :campaign";
        }
        if (beforeDecided != null) {
            query += " and (r.decidedAt < :before or (r.decidedAt = :before and r.id < :beforeId))";
        }
        var typed = getEntityManager().createQuery(query + " order by r.decidedAt desc, r.id desc", Object[].class)
                .setParameter("shown", List.of(StoryState.PUBLISHED, StoryState.REJECTED))
                .setMaxResults(limit);
        if (campaignId != null) {
            typed.setParameter("campaign", campaignId);
        }
        if (beforeDecided != null) {
            typed.setParameter("before", beforeDecided).setParameter("beforeId", beforeId);
        }
        return typed.getResultList().stream().map(row -> new Decided((ReviewEntity) row[0], (StoryEntity) row[1])).toList();
    }
}
