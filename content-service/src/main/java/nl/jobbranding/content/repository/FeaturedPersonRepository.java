package nl.jobbranding.content.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.api.repository.Filter;
import nl.jobbranding.content.model.FeaturedPersonEntity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FeaturedPersonRepository implements PanacheRepositoryBase<FeaturedPersonEntity, UUID> {

    public List<FeaturedPersonEntity> pageAfter(UUID after, String unitCode, int limit) {
        Filter where = new Filter().and("id > :after", "after", after).and("unitCode = :unitCode", "unitCode", unitCode);
        return find(where.query(), Sort.by("id"), where.parameters()).range(0, limit - 1).list();
    }

    public List<FeaturedPersonEntity> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public java.util.Optional<FeaturedPersonEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Holds these people's consent records shared until the transaction ends, in id order: a step that checks consent
     * and a withdrawal of it cannot both go ahead.
     */
    public void lockForShare(Collection<UUID> ids) {
        lock(ids, "for share");
    }

    /** Holds these people's records exclusively until the transaction ends, in id order. */
    public void lockForUpdate(Collection<UUID> ids) {
        lock(ids, "for update");
    }

    private void lock(Collection<UUID> ids, String mode) {
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("select id from featured_person where id in (:ids) order by id " + mode)
                    .setParameter("ids", ids).getResultList();
        }
    }

    /** People whose consent is not withdrawn but ended before the day that starts at {@code today}. */
    public List<UUID> consentEndedBefore(java.time.LocalDate today) {
        return find("withdrawnAt is null and consentValidUntil < ?1", today).list().stream().map(p -> p.id).toList();
    }
}
