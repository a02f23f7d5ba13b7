package nl.jobbranding.campaign.service;

import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.campaign.api.Capacity;
import nl.jobbranding.campaign.api.CapacityAssessment;
import nl.jobbranding.campaign.api.CapacityAssessment.ChannelLoad;
import nl.jobbranding.campaign.api.CapacityAssessment.SeriesLoad;
import nl.jobbranding.campaign.api.CapacityInput;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignStatus;
import nl.jobbranding.campaign.model.CapacityEntity;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.repository.CapacityRepository;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.UnitRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Community-management capacity per campaign and channel, and the answer to "is there capacity for it?": the
 * review work that the active series plan, against the hours available on each channel.
 */
@ApplicationScoped
public class CapacityService {

    private static final String WHAT = "capacity";
    /** Weeks in an average month: 52 / 12. */
    private static final BigDecimal WEEKS_PER_MONTH = BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * Reviews a sensitive unit's story needs: two community managers approve it (content-service's
     * {@code content.review.sensitive-approvals}).
     */
    static final int REVIEWS_PER_SENSITIVE_STORY = 2;

    /** A capacity and whether this request created it. */
    public record Upsert(Versioned<Capacity> capacity, boolean created) {
    }

    private final CampaignService campaignService;
    private final CapacityRepository capacities;
    private final SeriesRepository series;
    private final UnitRepository units;

    CapacityService(CampaignService campaignService, CapacityRepository capacities, SeriesRepository series,
                    UnitRepository units) {
        this.campaignService = campaignService;
        this.capacities = capacities;
        this.series = series;
        this.units = units;
    }

    @Transactional
    public List<Capacity> list(UUID campaignId) {
        campaignService.find(campaignId);
        return capacities.ofCampaign(campaignId).stream().map(ApiMapper::toApi).toList();
    }

    @Transactional
    public Versioned<Capacity> get(UUID campaignId, String channelCode) {
        campaignService.find(campaignId);
        return versioned(find(campaignId, channelCode));
    }

    @Transactional
    public Upsert put(UUID campaignId, String channelCode, IfMatch ifMatch, CapacityInput input) {
        CampaignEntity campaign = campaignService.find(campaignId);
        if (!campaign.channelCodes.contains(channelCode)) {
            throw ServiceException.invalid("channelCode", "'" + channelCode + "' is not one of the campaign's channels "
                    + campaign.channelCodes.stream().sorted().toList());
        }
        if (campaign.status == CampaignStatus.CLOSED) {
            throw ServiceException.conflict("Campaign closed", "Campaign '" + campaign.name + "' is closed.");
        }
        CapacityEntity entity = capacities.find(campaignId, channelCode).orElse(null);
        boolean created = entity == null;
        if (created) {
            if (ifMatch != null && !ifMatch.any()) {
                throw ServiceException.stale(WHAT, null);
            }
            entity = new CapacityEntity();
            entity.campaignId = campaignId;
            entity.channelCode = channelCode;
        } else {
            IfMatch.check(ifMatch, WHAT, entity.version);
        }
        entity.hoursPerWeek = input.hoursPerWeek().setScale(2, RoundingMode.HALF_UP);
        entity.reviewMinutesPerStory = input.reviewMinutesPerStory();
        if (created) {
            capacities.persist(entity);
        }
        Writes.flush(capacities.getEntityManager(), WHAT);
        return new Upsert(versioned(entity), created);
    }

    @Transactional
    public void delete(UUID campaignId, String channelCode, IfMatch ifMatch) {
        campaignService.find(campaignId);
        CapacityEntity entity = find(campaignId, channelCode);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        capacities.delete(entity);
    }

    /**
     * For every channel: stories per week from the active series, the reviews they need and the hours those take, and
     * whether that fits the hours set. A story is reviewed once per channel it goes to, a sensitive unit's story twice.
     */
    @Transactional
    public CapacityAssessment assess(UUID campaignId) {
        CampaignEntity campaign = campaignService.find(campaignId);
        Map<String, CapacityEntity> capacityByChannel = capacities.ofCampaign(campaignId).stream()
                .collect(Collectors.toMap(c -> c.channelCode, Function.identity()));
        List<SeriesEntity> active = series.activeOfCampaign(campaignId);
        Set<String> sensitiveUnits = units.sensitiveAmong(active.stream().map(s -> s.unitCode).collect(Collectors.toSet()));
        TreeSet<String> channelCodes = new TreeSet<>(campaign.channelCodes);
        channelCodes.addAll(capacityByChannel.keySet());

        List<ChannelLoad> loads = new ArrayList<>();
        List<String> shortages = new ArrayList<>();
        for (String channel : channelCodes) {
            List<SeriesEntity> onChannel = active.stream().filter(s -> s.channelCodes.contains(channel)).toList();
            List<SeriesLoad> seriesLoads = onChannel.stream().map(s -> {
                boolean sensitive = sensitiveUnits.contains(s.unitCode);
                return new SeriesLoad(s.id, s.name, s.unitCode, s.storiesPerMonth, sensitive,
                        sensitive ? REVIEWS_PER_SENSITIVE_STORY : 1);
            }).toList();
            int storiesPerMonth = seriesLoads.stream().mapToInt(SeriesLoad::storiesPerMonth).sum();
            int reviewsPerMonth = seriesLoads.stream().mapToInt(s -> s.storiesPerMonth() * s.reviewsPerStory()).sum();
            BigDecimal storiesPerWeek = perWeek(storiesPerMonth);
            BigDecimal reviewsPerWeek = perWeek(reviewsPerMonth);
            CapacityEntity capacity = capacityByChannel.get(channel);
            if (capacity == null) {
                boolean fits = storiesPerMonth == 0;
                if (!fits) {
                    shortages.add(channel + ": no capacity set");
                }
                loads.add(new ChannelLoad(channel, fits, null, null, round(storiesPerWeek), round(reviewsPerWeek), null, null,
                        null, seriesLoads));
                continue;
            }
            BigDecimal required = reviewsPerWeek.multiply(BigDecimal.valueOf(capacity.reviewMinutesPerStory))
                    .divide(SIXTY, 10, RoundingMode.HALF_UP);
            BigDecimal shortfall = required.subtract(capacity.hoursPerWeek).max(BigDecimal.ZERO);
            boolean fits = shortfall.signum() == 0;
            BigDecimal utilisation = capacity.hoursPerWeek.signum() == 0 ? null
                    : required.multiply(HUNDRED).divide(capacity.hoursPerWeek, 1, RoundingMode.HALF_UP);
            if (!fits) {
                shortages.add(channel + ": " + round(shortfall).toPlainString() + " hours per week short");
            }
            loads.add(new ChannelLoad(channel, fits, capacity.hoursPerWeek, capacity.reviewMinutesPerStory,
                    round(storiesPerWeek), round(reviewsPerWeek), round(required), round(shortfall), utilisation, seriesLoads));
        }
        String summary = shortages.isEmpty()
                ? "There is capacity for it: the active series fit the community-management hours on every channel."
                : "Not enough capacity on " + shortages.size() + " channel(s): " + String.join("; ", shortages) + ".";
        return new CapacityAssessment(campaignId, shortages.isEmpty(), summary, loads);
    }

    private CapacityEntity find(UUID campaignId, String channelCode) {
        return capacities.find(campaignId, channelCode)
                .orElseThrow(() -> ServiceException.notFound("capacity for channel", channelCode));
    }

    private static BigDecimal perWeek(int perMonth) {
        return BigDecimal.valueOf(perMonth).divide(WEEKS_PER_MONTH, 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static Versioned<Capacity> versioned(CapacityEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
