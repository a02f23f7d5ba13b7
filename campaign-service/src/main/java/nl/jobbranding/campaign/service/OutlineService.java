package nl.jobbranding.campaign.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.campaign.api.Campaign;
import nl.jobbranding.campaign.api.CampaignOutline;
import nl.jobbranding.campaign.api.Series;
import nl.jobbranding.campaign.api.Unit;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.UnitRepository;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A campaign with what a composed view needs around it, read in one transaction: the campaign (one statement), its
 * first series, their units (by id, without a query to translate) and the capacity assessment.
 */
@ApplicationScoped
public class OutlineService {

    /** The most series an outline lists: the largest page. */
    public static final int MAX_SERIES = 100;

    private final CampaignService campaigns;
    private final CapacityService capacities;
    private final SeriesRepository series;
    private final UnitRepository units;

    OutlineService(CampaignService campaigns, CapacityService capacities, SeriesRepository series, UnitRepository units) {
        this.campaigns = campaigns;
        this.capacities = capacities;
        this.series = series;
        this.units = units;
    }

    @Transactional
    public CampaignOutline outline(UUID campaignId) {
        Campaign campaign = campaigns.get(campaignId).value();
        List<SeriesEntity> found = series.pageAfter(null, new SeriesRepository.SeriesFilter(campaignId, null, null, null, null),
                MAX_SERIES + 1);
        List<SeriesEntity> listed = found.subList(0, Math.min(found.size(), MAX_SERIES));
        List<Series> seriesList = listed.stream().map(ApiMapper::toApi).toList();
        List<String> codes = List.copyOf(new LinkedHashSet<>(listed.stream().map(s -> s.unitCode).toList()));
        List<Unit> unitList = units.byCodes(codes).stream().map(ApiMapper::toApi).toList();
        return new CampaignOutline(campaign, seriesList, found.size() > MAX_SERIES, unitList, capacities.assess(campaignId));
    }
}
