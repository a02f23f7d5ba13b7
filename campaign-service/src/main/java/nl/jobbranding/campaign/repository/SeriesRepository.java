package nl.jobbranding.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.model.SeriesStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SeriesRepository implements PanacheRepositoryBase<SeriesEntity, UUID> {

    /** What a list of series can be narrowed to; null fields do not narrow. */
    public record Filter(UUID campaignId, String unitCode, SeriesStatus status, String channelCode) {
    }

    public List<SeriesEntity> pageAfter(UUID after, Filter filter, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        if (filter.campaignId() != null) {
            where.add("campaignId = :campaignId");
            params.and("campaignId", filter.campaignId());
        }
        if (filter.unitCode() != null) {
            where.add("unitCode = :unitCode");
            params.and("unitCode", filter.unitCode());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.channelCode() != null) {
            where.add(":channelCode member of channelCodes");
            params.and("channelCode", filter.channelCode());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("id"), params).range(0, limit - 1).list();
    }

    public List<SeriesEntity> ofCampaign(UUID campaignId) {
        return list("campaignId", Sort.by("id"), campaignId);
    }

    public List<SeriesEntity> activeOfCampaign(UUID campaignId) {
        return list("campaignId = ?1 and status = ?2", Sort.by("id"), campaignId, SeriesStatus.ACTIVE);
    }

    public boolean existsInCampaignWithName(UUID campaignId, String name) {
        return count("campaignId = ?1 and name = ?2", campaignId, name) > 0;
    }

    public long countOfUnit(String unitCode) {
        return count("unitCode", unitCode);
    }

    public long countUsingChannel(String channelCode) {
        return count("?1 member of channelCodes", channelCode);
    }

    public long countUsingTargetGroup(String targetGroupCode) {
        return count("?1 member of targetGroupCodes", targetGroupCode);
    }
}
