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
import nl.jobbranding.campaign.api.Campaign;
import nl.jobbranding.campaign.api.CampaignInput;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.campaign.api.ScreeningTerm;
import nl.jobbranding.campaign.api.ValueInput;
import nl.jobbranding.campaign.model.CampaignTerm;
import nl.jobbranding.campaign.mapping.ApiMapper;
import nl.jobbranding.campaign.model.CampaignEntity;
import nl.jobbranding.campaign.model.CampaignRead;
import nl.jobbranding.campaign.model.CampaignStatus;
import nl.jobbranding.campaign.model.CampaignValue;
import nl.jobbranding.campaign.model.GovernmentValue;
import nl.jobbranding.campaign.model.SeriesEntity;
import nl.jobbranding.campaign.model.SeriesStatus;
import nl.jobbranding.campaign.repository.CampaignRepository;
import nl.jobbranding.campaign.repository.CapacityRepository;
import nl.jobbranding.campaign.repository.ChannelRepository;
import nl.jobbranding.campaign.repository.SeriesRepository;
import nl.jobbranding.campaign.repository.TargetGroupRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Campaigns and their lifecycle: a campaign starts as draft, becomes active, and closes; closing it ends its
 * series. Every campaign has the four government-wide values; it may sharpen their guidance and add its own.
 */
@ApplicationScoped
public class CampaignService {

    static final String WHAT = "campaign";

    private final CampaignRepository campaigns;
    private final SeriesRepository series;
    private final CapacityRepository capacities;
    private final ChannelRepository channels;
    private final TargetGroupRepository targetGroups;
    private final Events events;

    CampaignService(CampaignRepository campaigns, SeriesRepository series, CapacityRepository capacities,
                    ChannelRepository channels, TargetGroupRepository targetGroups, Events events) {
        this.events = events;
        this.campaigns = campaigns;
        this.series = series;
        this.capacities = capacities;
        this.channels = channels;
        this.targetGroups = targetGroups;
    }

    @Transactional
    public Slice<Campaign> list(PageRequest page, CampaignStatus status, List<UUID> ids) {
        UUID after = page.afterUuid();
        return Slice.of(campaigns.pageAfter(after, status, ids, page.limit() + 1), page.limit(), c -> c.id.toString(), ApiMapper::toApi);
    }

    /** One campaign, read in one statement (not the entity with its four collections: five). */
    @Transactional
    public Versioned<Campaign> get(UUID id) {
        CampaignRead campaign = campaigns.readWhole(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
        return new Versioned<>(ApiMapper.toApi(campaign), campaign.version());
    }

    @Transactional
    public Versioned<Campaign> create(CampaignInput input) {
        if (input.status() != null && input.status() != CampaignStatus.DRAFT) {
            throw ServiceException.invalid("status", "a new campaign starts as draft; activate it with an update");
        }
        List<CampaignValue> values = validate(input);
        if (campaigns.existsWithName(input.name().strip())) {
            throw ServiceException.conflict("Already exists", "There is already a campaign named '" + input.name().strip() + "'.");
        }
        CampaignEntity entity = new CampaignEntity();
        entity.status = CampaignStatus.DRAFT;
        apply(input, values, entity);
        campaigns.persist(entity);
        events.campaign(Events.Type.CAMPAIGN_CREATED, entity);
        Writes.flush(campaigns.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public Versioned<Campaign> update(UUID id, IfMatch ifMatch, CampaignInput input) {
        List<CampaignValue> values = validate(input);
        CampaignEntity entity = find(id);
        IfMatch.check(ifMatch, WHAT, entity.version);
        if (entity.status == CampaignStatus.CLOSED) {
            throw ServiceException.conflict("Campaign closed", "Campaign '" + entity.name + "' is closed and can no longer change.");
        }
        CampaignStatus target = input.status() == null ? entity.status : input.status();
        if (!entity.status.canBecome(target)) {
            throw ServiceException.invalidTransition(WHAT, entity.status, target, entity.status.next());
        }
        String name = input.name().strip();
        if (!name.equals(entity.name) && campaigns.existsWithName(name)) {
            throw ServiceException.conflict("Already exists", "There is already a campaign named '" + name + "'.");
        }
        checkStillUsed(entity, input);
        if (target == CampaignStatus.CLOSED) {
            series.ofCampaign(entity.id).stream()
                    .filter(s -> s.status != SeriesStatus.ENDED)
                    .forEach(s -> {
                        s.status = SeriesStatus.ENDED;
                        events.series(Events.Type.SERIES_CHANGED, s);
                    });
        }
        entity.status = target;
        apply(input, values, entity);
        events.campaign(Events.Type.CAMPAIGN_CHANGED, entity);
        Writes.flush(campaigns.getEntityManager(), WHAT);
        return versioned(entity);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        CampaignEntity entity = find(id);
        IfMatch.checkIfGiven(ifMatch, WHAT, entity.version);
        if (entity.status != CampaignStatus.DRAFT) {
            throw ServiceException.conflict("Not a draft", "Only draft campaigns can be deleted; close this one instead.");
        }
        if (!series.ofCampaign(id).isEmpty()) {
            throw ServiceException.conflict("In use", "The campaign has series; delete those first.");
        }
        capacities.delete("campaignId", id);
        campaigns.delete(entity);
        events.campaign(Events.Type.CAMPAIGN_DELETED, entity);
    }

    CampaignEntity find(UUID id) {
        return campaigns.findByIdOptional(id).orElseThrow(() -> ServiceException.notFound(WHAT, id));
    }

    /** Checks what the annotations cannot and returns the campaign's values: the government-wide ones first. */
    private List<CampaignValue> validate(CampaignInput input) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            invalid.add(new InvalidParam("endDate", "must not be before startDate"));
        }
        References.checkKnown("targetGroups", input.targetGroups(), targetGroups::unknown, "target group", invalid);
        References.checkKnown("channels", input.channels(), channels::unknown, "channel", invalid);

        List<ValueInput> given = input.values() == null ? List.of() : input.values();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!seen.add(given.get(i).code())) {
                invalid.add(new InvalidParam("values[" + i + "].code", "occurs more than once"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ServiceException.invalid(invalid);
        }
        Map<String, ValueInput> byCode = given.stream().collect(Collectors.toMap(ValueInput::code, Function.identity()));
        List<CampaignValue> values = new ArrayList<>();
        for (GovernmentValue value : GovernmentValue.values()) {
            ValueInput own = byCode.remove(value.code());
            values.add(own == null
                    ? new CampaignValue(value.code(), value.displayName(), value.guidance(), true)
                    : new CampaignValue(value.code(), own.name().strip(), own.guidance().strip(), true));
        }
        given.stream().filter(v -> byCode.containsKey(v.code()))
                .forEach(v -> values.add(new CampaignValue(v.code(), v.name().strip(), v.guidance().strip(), false)));
        checkTerms(input, values);
        return values;
    }

    /** Each term names one of the campaign's values, and a phrase occurs once per language. */
    private static void checkTerms(CampaignInput input, List<CampaignValue> values) {
        List<ScreeningTerm> terms = input.screeningTerms() == null ? List.of() : input.screeningTerms();
        Set<String> codes = values.stream().map(v -> v.code).collect(Collectors.toSet());
        Set<String> phrases = new HashSet<>();
        List<InvalidParam> invalid = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            ScreeningTerm term = terms.get(i);
            if (!codes.contains(term.value())) {
                invalid.add(new InvalidParam("screeningTerms[" + i + "].value", "'" + term.value() + "' is not one of the "
                        + "campaign's values " + values.stream().map(v -> v.code).toList()));
            }
            String key = term.phrase().strip().toLowerCase(Locale.ROOT) + "/" + term.language();
            if (!phrases.add(key)) {
                invalid.add(new InvalidParam("screeningTerms[" + i + "].phrase", "occurs more than once"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ServiceException.invalid(invalid);
        }
    }

    /** A channel or target group that a series or capacity of the campaign uses cannot leave the campaign. */
    private void checkStillUsed(CampaignEntity entity, CampaignInput input) {
        Set<String> keptChannels = input.channels() == null ? Set.of() : new HashSet<>(input.channels());
        Set<String> keptGroups = input.targetGroups() == null ? Set.of() : new HashSet<>(input.targetGroups());
        Set<String> problems = new LinkedHashSet<>();
        for (SeriesEntity s : series.ofCampaign(entity.id)) {
            s.channelCodes.stream().filter(c -> !keptChannels.contains(c))
                    .forEach(c -> problems.add("channel '" + c + "' is used by series '" + s.name + "'"));
            s.targetGroupCodes.stream().filter(t -> !keptGroups.contains(t))
                    .forEach(t -> problems.add("target group '" + t + "' is used by series '" + s.name + "'"));
        }
        capacities.ofCampaign(entity.id).stream().filter(c -> !keptChannels.contains(c.channelCode))
                .forEach(c -> problems.add("channel '" + c.channelCode + "' has capacity set"));
        if (!problems.isEmpty()) {
            throw ServiceException.conflict("In use", "The campaign cannot drop what is still in use: "
                    + String.join("; ", problems) + ".");
        }
    }

    private static void apply(CampaignInput input, List<CampaignValue> values, CampaignEntity entity) {
        entity.name = input.name().strip();
        entity.tagline = Texts.blankToNull(input.tagline());
        entity.description = Texts.blankToNull(input.description());
        entity.startDate = input.startDate();
        entity.endDate = input.endDate();
        if (!sameValues(entity.values, values)) {
            entity.values.clear();
            entity.values.addAll(values);
        }
        List<ScreeningTerm> terms = input.screeningTerms() == null ? List.of() : input.screeningTerms().stream()
                .map(t -> new ScreeningTerm(t.phrase().strip(), t.value(), t.severity(), t.language(), Texts.blankToNull(t.note())))
                .toList();
        if (!ApiMapper.terms(entity.screeningTerms).equals(terms)) {
            entity.screeningTerms.clear();
            terms.forEach(t -> entity.screeningTerms.add(new CampaignTerm(t.phrase(), t.value(), t.severity(), t.language(), t.note())));
        }
        References.replace(entity.targetGroupCodes, input.targetGroups());
        References.replace(entity.channelCodes, input.channels());
    }

    private static boolean sameValues(List<CampaignValue> current, List<CampaignValue> next) {
        if (current.size() != next.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            CampaignValue a = current.get(i);
            CampaignValue b = next.get(i);
            if (!Objects.equals(a.code, b.code) || !Objects.equals(a.name, b.name)
                    || !Objects.equals(a.guidance, b.guidance) || a.governmentWide != b.governmentWide) {
                return false;
            }
        }
        return true;
    }

    private static Versioned<Campaign> versioned(CampaignEntity entity) {
        return new Versioned<>(ApiMapper.toApi(entity), entity.version);
    }
}
