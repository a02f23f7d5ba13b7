package nl.jobbranding.campaign.repository;

import nl.jobbranding.api.repository.Filter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.model.SeriesStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SeriesRepository implements PanacheRepositoryBase<SeriesEntity, UUID> {

    /** What a list of series can be narrowed to; null fields do not narrow ({@code ids}: only these series). */
    public record SeriesFilter(UUID campaignId, String unitCode, SeriesStatus status, String channelCode, List<UUID> ids) {
    }

    public List<SeriesEntity> pageAfter(UUID after, SeriesFilter filter, int limit) {
        Filter where = new Filter()
                .and("id > :after", "after", after)
                .and("campaignId = :campaignId", "campaignId", filter.campaignId())
                .and("unitCode = :unitCode", "unitCode", filter.unitCode())
                .and("status = :status", "status", filter.status())
                .and(":channelCode member of channelCodes", "channelCode", filter.channelCode())
                .and("id in :ids", "ids", filter.ids());
        return find(where.query(), Sort.by("id"), where.parameters()).range(0, limit - 1).list();
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
