package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.ChannelEntity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class ChannelRepository implements PanacheRepositoryBase<ChannelEntity, String> {

    /** Up to {@code limit} channels after the code {@code after} (null: from the start), by code; optionally only the given codes. */
    public List<ChannelEntity> pageAfter(String after, List<String> codes, int limit) {
        Filter filter = new Filter()
                .and("code > :after", "after", after)
                .and("code in :codes", "codes", codes);
        return find(filter.query(), Sort.by("code"), filter.parameters()).range(0, limit - 1).list();
    }

    /** The codes among {@code codes} that name no channel. */
    public Set<String> unknown(Collection<String> codes) {
        return Filter.unknownCodes(codes, known -> find("code in ?1", known).stream().map(e -> e.code));
    }
}
