package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.UnitEntity;
import org.hibernate.Session;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    /** Units by code after {@code after}, optionally only the sensitive or the other ones, or only the given codes. */
    public List<UnitEntity> pageAfter(String after, Boolean sensitive, List<String> codes, int limit) {
        Filter filter = new Filter()
                .and("code > :after", "after", after)
                .and("sensitive = :sensitive", "sensitive", sensitive)
                .and("code in :codes", "codes", codes);
        return find(filter.query(), Sort.by("code"), filter.parameters()).range(0, limit - 1).list();
    }

    /**
     * The units of these codes, in their order, leaving out codes without a unit: loaded by id, so there is no query for
     * Hibernate to translate on every call (as a list bound in a query of its own language would be).
     */
    public List<UnitEntity> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().unwrap(Session.class).byMultipleIds(UnitEntity.class).multiLoad(codes).stream()
                .filter(Objects::nonNull).toList();
    }

    /**
     * The codes among these that are of sensitive units. In SQL: a list bound in a query of Hibernate's own language
     * would make it translate the query again on every call (every capacity assessment).
     */
    public Set<String> sensitiveAmong(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> sensitive = getEntityManager().createNativeQuery("select code from unit where code in (:codes) and sensitive",
                String.class).setParameter("codes", codes).getResultList();
        return Set.copyOf(sensitive);
    }
}
