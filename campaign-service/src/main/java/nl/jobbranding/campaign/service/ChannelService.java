package nl.jobbranding.campaign.service;

import nl.jobbranding.api.service.IfMatch;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.api.service.Versioned;
import nl.jobbranding.api.service.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.campaign.api.AudienceExpectations;
import nl.jobbranding.campaign.api.Channel;
import nl.jobbranding.campaign.api.ChannelInput;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.ChannelEntity;
import nl.jobbranding.campaign.model.HashtagPolicy;
import nl.jobbranding.campaign.repository.CampaignRepository;
import nl.jobbranding.campaign.repository.CapacityRepository;
import nl.jobbranding.campaign.repository.ChannelRepository;
import nl.jobbranding.campaign.repository.SeriesRepository;

import java.util.List;

/** Channels and their audiences' expectations. */
@ApplicationScoped
public class ChannelService {

    private static final String WHAT = "channel";

    private final ChannelRepository channels;
    private final CampaignRepository campaigns;
    private final SeriesRepository series;
    private final CapacityRepository capacities;

    ChannelService(ChannelRepository channels, CampaignRepository campaigns, SeriesRepository series,
                   CapacityRepository capacities) {
        this.channels = channels;
        this.campaigns = campaigns;
        this.series = series;
        this.capacities = capacities;
    }

    @Transactional
    public Slice<Channel> list(PageRequest page, List<String> codes) {
        return Slice.of(channels.pageAfter(page.after(), codes, page.limit() + 1), page.limit(), c -> c.code, ApiMapper::toApi);
    }

    @Transactional
    public Versioned<Channel> get(String code) {
        return versioned(find(code));
    }

    @Transactional
    public Versioned<Channel> create(ChannelInput input) {
        checkHashtags(input.audience());
        if (channels.findByIdOptional(input.code()).isPresent()) {
            throw ServiceException.conflict("Already exists", "There is already a channel '" + input.code() + "'.");
        }
        ChannelEntity entity = new ChannelEntity();
        ApiMapper.apply(input, entity);
        channels.persist(entity);
        Writes.flush(channels.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public Versioned<Channel> update(String code, IfMatch ifMatch, ChannelInput input) {
        Codes.checkUnchanged("code", code, input.code());
        checkHashtags(input.audience());
        ChannelEntity entity = find(code);
        IfMatch.check(ifMatch, WHAT, entity.version);
        ApiMapper.apply(input, entity);
        Writes.flush(channels.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public void delete(String code, IfMatch ifMatch) {
        ChannelEntity entity = find(code);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        long uses = campaigns.countUsingChannel(code) + series.countUsingChannel(code) + capacities.countUsingChannel(code);
        if (uses > 0) {
            throw ServiceException.conflict("In use", "Channel '" + code + "' is used by " + uses
                    + " campaigns, series or capacities; remove it from those first.");
        }
        channels.delete(entity);
    }

    private ChannelEntity find(String code) {
        return channels.findByIdOptional(code).orElseThrow(() -> ServiceException.notFound(WHAT, code));
    }

    private static void checkHashtags(AudienceExpectations audience) {
        if (audience.hashtagPolicy() == HashtagPolicy.NONE && audience.maxHashtags() != 0) {
            throw ServiceException.invalid("audience.maxHashtags", "must be 0 when the hashtag policy is none");
        }
        if (audience.hashtagPolicy() == HashtagPolicy.REQUIRED && audience.maxHashtags() == 0) {
            throw ServiceException.invalid("audience.maxHashtags", "must be at least 1 when hashtags are required");
        }
    }

    private static Versioned<Channel> versioned(ChannelEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
