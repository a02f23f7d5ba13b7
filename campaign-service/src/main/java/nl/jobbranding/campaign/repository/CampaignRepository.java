package nl.jobbranding.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<CampaignEntity, UUID> {

    /** Campaigns in creation order (their ids are time-ordered) after {@code after}, optionally of one status. */
    public List<CampaignEntity> pageAfter(UUID after, CampaignStatus status, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("id"), params).range(0, limit - 1).list();
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
