package nl.jobbranding.campaign.mapping;

import nl.jobbranding.api.Texts;
import nl.jobbranding.campaign.api.AudienceExpectations;
import nl.jobbranding.campaign.api.Campaign;
import nl.jobbranding.campaign.api.ScreeningTerm;
import nl.jobbranding.campaign.model.CampaignTerm;
import nl.jobbranding.campaign.api.CampaignValueView;
import nl.jobbranding.campaign.api.Capacity;
import nl.jobbranding.campaign.api.Channel;
import nl.jobbranding.campaign.api.ChannelInput;
import nl.jobbranding.campaign.api.ContactPoint;
import nl.jobbranding.campaign.api.Series;
import nl.jobbranding.campaign.api.TargetGroup;
import nl.jobbranding.campaign.api.TargetGroupInput;
import nl.jobbranding.campaign.api.Unit;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignRead;
import nl.jobbranding.campaign.model.CapacityEntity;
import nl.jobbranding.campaign.model.ChannelEntity;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.model.TargetGroupEntity;
import nl.jobbranding.campaign.model.UnitEntity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/** Maps entities to the API's records and API input onto entities. Sets travel sorted, so answers are stable. */
public final class ApiMapper {

    private ApiMapper() {
    }

    public static Channel toApi(ChannelEntity e) {
        AudienceExpectations audience = new AudienceExpectations(e.audienceDescription, e.tone,
                e.formats.isEmpty() ? java.util.Set.of() : EnumSet.copyOf(e.formats), e.maxLength, e.hashtagPolicy,
                e.maxHashtags, e.languageLevel);
        return new Channel(e.code, e.name, audience, e.createdAt, e.updatedAt);
    }

    public static void apply(ChannelInput in, ChannelEntity e) {
        e.code = in.code();
        e.name = in.name().strip();
        AudienceExpectations a = in.audience();
        e.audienceDescription = a.description().strip();
        e.tone = a.tone().strip();
        e.formats.clear();
        e.formats.addAll(a.formats());
        e.maxLength = a.maxLength();
        e.hashtagPolicy = a.hashtagPolicy();
        e.maxHashtags = a.maxHashtags();
        e.languageLevel = a.languageLevel();
    }

    public static TargetGroup toApi(TargetGroupEntity e) {
        return new TargetGroup(e.code, e.name, e.description, e.createdAt, e.updatedAt);
    }

    public static void apply(TargetGroupInput in, TargetGroupEntity e) {
        e.code = in.code();
        e.name = in.name().strip();
        e.description = Texts.blankToNull(in.description());
    }

    public static Unit toApi(UnitEntity e) {
        ContactPoint contact = new ContactPoint(e.contactName, e.contactEmail, e.contactPhone, e.contactUrl);
        return new Unit(e.code, e.name, e.description, e.sensitive, contact, e.createdAt, e.updatedAt);
    }

    public static Campaign toApi(CampaignEntity e) {
        return toApi(new CampaignRead(e.id, e.name, e.tagline, e.description, e.startDate, e.endDate, e.status, e.version,
                e.values, sorted(e.targetGroupCodes), sorted(e.channelCodes), e.screeningTerms, e.createdAt, e.updatedAt));
    }

    /** A campaign read in one statement (its target groups and channels sorted there), or an entity's. */
    public static Campaign toApi(CampaignRead r) {
        List<CampaignValueView> values = r.values().stream()
                .map(v -> new CampaignValueView(v.code, v.name, v.guidance, v.governmentWide))
                .toList();
        return new Campaign(r.id(), r.name(), r.tagline(), r.description(), r.startDate(), r.endDate(), r.status(),
                r.status().next(), values, r.targetGroups(), r.channels(), terms(r.screeningTerms()), r.createdAt(), r.updatedAt());
    }

    public static List<ScreeningTerm> terms(List<CampaignTerm> terms) {
        return terms.stream().map(t -> new ScreeningTerm(t.phrase, t.valueCode, t.severity, t.language, t.note)).toList();
    }

    public static Series toApi(SeriesEntity e) {
        return new Series(e.id, e.campaignId, e.unitCode, e.name, e.description, e.format, sorted(e.channelCodes),
                sorted(e.targetGroupCodes), e.storiesPerMonth, e.status, e.status.next(), e.createdAt, e.updatedAt);
    }

    public static Capacity toApi(CapacityEntity e) {
        return new Capacity(e.campaignId, e.channelCode, e.hoursPerWeek, e.reviewMinutesPerStory, e.createdAt, e.updatedAt);
    }

    private static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }
}
