package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<CampaignEntity, UUID> {

    /** Campaigns in creation order (their ids are time-ordered) after {@code after}, optionally of one status, or only the given ids. */
    public List<CampaignEntity> pageAfter(UUID after, CampaignStatus status, List<UUID> ids, int limit) {
        Filter filter = new Filter()
                .and("id > :after", "after", after)
                .and("status = :status", "status", status)
                .and("id in :ids", "ids", ids);
        return find(filter.query(), Sort.by("id"), filter.parameters()).range(0, limit - 1).list();
    }

    public boolean existsWithName(String name) {
        return count("name", name) > 0;
    }

    public long countUsingChannel(String channelCode) {
        return count("?1 member of channelCodes", channelCode);
    }

    public long countUsingTargetGroup(String targetGroupCode) {
        return count("?1 member of targetGroupCodes", targetGroupCode);
    }
}
