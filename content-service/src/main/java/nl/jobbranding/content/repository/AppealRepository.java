package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.jobbranding.content.model.AppealEntity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<AppealEntity, UUID> {

    public Optional<AppealEntity> ofReview(UUID reviewId) {
        return find("reviewId", reviewId).firstResultOptional();
    }

    public Optional<AppealEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of a story's appeals in the order they were made (ids are time-ordered), after the appeal {@code after}. */
    public List<AppealEntity> pageOfStory(UUID storyId, UUID after, int limit) {
        return after == null ? find("storyId = ?1", Sort.by("id"), storyId).range(0, limit - 1).list()
                : find("storyId = ?1 and id > ?2", Sort.by("id"), storyId, after).range(0, limit - 1).list();
    }

    /** Appeals counted per decision appealed against and outcome (null: not decided yet), optionally of one campaign. */
    public List<Object[]> counts(UUID campaignId) {
        String query = "select a.decision, a.outcome, count(a) from AppealEntity a, StoryEntity s where s.id = a.storyId"
                + (campaignId == null ? "" : " and s.campaignId = :campaign") + " group by a.decision, a.outcome";
        var typed = getEntityManager().createQuery(query, Object[].class);
        if (campaignId != null) {
            typed.setParameter("campaign", campaignId);
        }
        return typed.getResultList();
    }
}
