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

    /** People whose consent is not withdrawn but ended before the day that starts at {@code today}. */
    public List<UUID> consentEndedBefore(java.time.LocalDate today) {
        return find("withdrawnAt is null and consentValidUntil < ?1", today).list().stream().map(p -> p.id).toList();
    }
}
