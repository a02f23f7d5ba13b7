package nl.jobbranding.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.UnitEntity;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    /** Units by code after {@code after}, optionally only the sensitive or the other ones. */
    public List<UnitEntity> pageAfter(String after, Boolean sensitive, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("code > :after");
            params.and("after", after);
        }
        if (sensitive != null) {
            where.add("sensitive = :sensitive");
            params.and("sensitive", sensitive);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("code"), params).range(0, limit - 1).list();
    }
}
