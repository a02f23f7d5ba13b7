package nl.jobbranding.campaign.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import nl.jobbranding.campaign.model.CapacityEntity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CapacityRepository implements PanacheRepositoryBase<CapacityEntity, UUID> {

    public List<CapacityEntity> ofCampaign(UUID campaignId) {
        return list("campaignId", Sort.by("channelCode"), campaignId);
    }

    public Optional<CapacityEntity> find(UUID campaignId, String channelCode) {
        return find("campaignId = ?1 and channelCode = ?2", campaignId, channelCode).firstResultOptional();
    }

    public long countUsingChannel(String channelCode) {
        return count("channelCode", channelCode);
    }
}
