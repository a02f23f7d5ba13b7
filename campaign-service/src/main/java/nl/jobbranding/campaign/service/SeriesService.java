package nl.jobbranding.campaign.service;

import nl.jobbranding.api.Texts;
import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.campaign.api.Series;
import nl.jobbranding.campaign.api.SeriesInput;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignStatus;
import nl.jobbranding.campaign.model.ChannelEntity;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.model.SeriesStatus;
import nl.jobbranding.campaign.repository.CampaignRepository;
import nl.jobbranding.campaign.repository.ChannelRepository;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.UnitRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A unit's job-branding series within a campaign. Its channels and target groups are the campaign's, its format
 * suits every channel, and it publishes (is active) only while the campaign is active.
 */
@ApplicationScoped
public class SeriesService {

    private static final String WHAT = "series";

    private final SeriesRepository series;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final ChannelRepository channels;
    private final Events events;

    SeriesService(SeriesRepository series, CampaignRepository campaigns, UnitRepository units, ChannelRepository channels,
                  Events events) {
        this.events = events;
        this.series = series;
        this.campaigns = campaigns;
        this.units = units;
        this.channels = channels;
    }

    @Transactional
    public Slice<Series> list(PageRequest page, SeriesRepository.SeriesFilter filter) {
        UUID after = page.afterUuid();
        return Slice.of(series.pageAfter(after, filter, page.limit() + 1), page.limit(), s -> s.id.toString(), ApiMapper::toApi);
    }

    @Transactional
    public Versioned<Series> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<Series> create(SeriesInput input) {
        CampaignEntity campaign = campaigns.findByIdOptional(input.campaignId()).orElseThrow(() ->
                ServiceException.invalid("campaignId", "there is no campaign '" + input.campaignId() + "'"));
        if (units.findByIdOptional(input.unitCode()).isEmpty()) {
            throw ServiceException.invalid("unitCode", "there is no unit '" + input.unitCode() + "'");
        }
        SeriesStatus status = input.status() == null ? SeriesStatus.PLANNED : input.status();
        if (status != SeriesStatus.PLANNED && status != SeriesStatus.ACTIVE) {
            throw ServiceException.invalid("status", "a new series starts as planned or active");
        }
        validate(input, campaign, status);
        String name = input.name().strip();
        if (series.existsInCampaignWithName(campaign.id, name)) {
            throw ServiceException.conflict("Already exists", "The campaign already has a series named '" + name + "'.");
        }
        SeriesEntity entity = new SeriesEntity();
        entity.campaignId = campaign.id;
        entity.unitCode = input.unitCode();
        entity.status = status;
        apply(input, entity);
        series.persist(entity);
        events.series(Events.Type.SERIES_CREATED, entity);
        Writes.flush(series.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public Versioned<Series> update(UUID id, IfMatch ifMatch, SeriesInput input) {
        SeriesEntity entity = find(id);
        Codes.checkUnchanged("campaignId", entity.campaignId, input.campaignId());
        Codes.checkUnchanged("unitCode", entity.unitCode, input.unitCode());
        IfMatch.check(ifMatch, WHAT, entity.version);
        if (entity.status == SeriesStatus.ENDED) {
            throw ServiceException.conflict("Series ended", "Series '" + entity.name + "' has ended and can no longer change.");
        }
        SeriesStatus target = input.status() == null ? entity.status : input.status();
        if (!entity.status.canBecome(target)) {
            throw ServiceException.invalidTransition(WHAT, entity.status, target, entity.status.next());
        }
        CampaignEntity campaign = campaigns.findById(entity.campaignId);
        validate(input, campaign, target);
        String name = input.name().strip();
        if (!name.equals(entity.name) && series.existsInCampaignWithName(campaign.id, name)) {
            throw ServiceException.conflict("Already exists", "The campaign already has a series named '" + name + "'.");
        }
        entity.status = target;
        apply(input, entity);
        events.series(Events.Type.SERIES_CHANGED, entity);
        Writes.flush(series.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        SeriesEntity entity = find(id);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        if (entity.status != SeriesStatus.PLANNED) {
            throw ServiceException.conflict("Not planned", "Only planned series can be deleted; end this one instead, "
                    + "so that its stories keep their series.");
        }
        series.delete(entity);
        events.series(Events.Type.SERIES_DELETED, entity);
    }

    private SeriesEntity find(UUID id) {
        return series.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
    }

    private void validate(SeriesInput input, CampaignEntity campaign, SeriesStatus status) {
        if (campaign.status == CampaignStatus.CLOSED) {
            throw ServiceException.conflict("Campaign closed", "Campaign '" + campaign.name + "' is closed.");
        }
        if (status == SeriesStatus.ACTIVE && campaign.status != CampaignStatus.ACTIVE) {
            throw ServiceException.conflict("Campaign not active", "A series can be active only while its campaign is; "
                    + "campaign '" + campaign.name + "' is " + campaign.status + ".");
        }
        List<InvalidParam> invalid = new ArrayList<>();
        References.checkSubset("channels", input.channels(), campaign.channelCodes, "the campaign's channels", invalid);
        References.checkSubset("targetGroups", input.targetGroups(), campaign.targetGroupCodes, "the campaign's target groups", invalid);
        if (invalid.isEmpty()) {
            for (ChannelEntity channel : channels.find("code in ?1", new HashSet<>(input.channels())).list()) {
                if (!channel.formats.contains(input.format())) {
                    invalid.add(new InvalidParam("format", "'" + input.format() + "' does not suit channel '" + channel.code
                            + "', whose audience expects " + channel.formats.stream().map(Object::toString).sorted().toList()));
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw ServiceException.invalid(invalid);
        }
    }

    private static void apply(SeriesInput input, SeriesEntity entity) {
        entity.name = input.name().strip();
        entity.description = Texts.blankToNull(input.description());
        entity.format = input.format();
        entity.storiesPerMonth = input.storiesPerMonth();
        References.replace(entity.channelCodes, input.channels());
        References.replace(entity.targetGroupCodes, input.targetGroups());
    }

    private static Versioned<Series> versioned(SeriesEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
