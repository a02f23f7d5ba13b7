package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.TargetGroupEntity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class TargetGroupRepository implements PanacheRepositoryBase<TargetGroupEntity, String> {

    public List<TargetGroupEntity> pageAfter(String after, int limit) {
        return (after == null ? findAll(Sort.by("code")) : find("code > ?1", Sort.by("code"), after))
                .range(0, limit - 1).list();
    }

    /** The codes among {@code codes} that name no target group. */
    public Set<String> unknown(Collection<String> codes) {
        return Filter.unknownCodes(codes, known -> find("code in ?1", known).stream().map(e -> e.code));
    }
}
