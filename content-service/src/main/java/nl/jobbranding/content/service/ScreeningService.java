package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.Problem.InvalidParam;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Writes;
import nl.jobbranding.content.api.QueueItem;
import nl.jobbranding.content.api.Screening;
import nl.jobbranding.content.api.ScreeningRequest;
import nl.jobbranding.content.api.StoryContent;
import nl.jobbranding.content.api.DismissalInput;
import nl.jobbranding.content.client.CampaignClient;
import nl.jobbranding.content.client.CampaignRef;
import nl.jobbranding.content.client.ChannelRef;
import nl.jobbranding.content.client.SeriesRef;
import nl.jobbranding.content.client.UnitRef;
import nl.jobbranding.content.model.Action;
import nl.jobbranding.content.model.BodyFormat;
import nl.jobbranding.content.model.FeaturedPersonEntity;
import nl.jobbranding.content.model.FindingDismissalEntity;
import nl.jobbranding.content.model.Role;
import nl.jobbranding.content.model.StoryEntity;
import nl.jobbranding.content.model.StoryRevisionEntity;
import nl.jobbranding.content.repository.DismissalRepository;
import nl.jobbranding.content.repository.FeaturedPersonRepository;
import nl.jobbranding.content.repository.RevisionRepository;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.screening.ChannelProfile;
import nl.jobbranding.content.screening.Finding;
import nl.jobbranding.content.screening.Screener;
import nl.jobbranding.content.screening.ScreeningInput;
import nl.jobbranding.content.screening.ScreeningLanguage;
import nl.jobbranding.content.screening.ScreeningResult;
import nl.jobbranding.content.screening.Severity;
import nl.jobbranding.content.screening.Term;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The pre-screen in the workflow: every submission is screened and the findings are stored with the revision;
 * reviewers see them, may dismiss one with a reason (recorded in the audit trail), and a block finding that is not
 * dismissed prevents approval. Editors can screen a draft without storing anything.
 */
@ApplicationScoped
public class ScreeningService {

    private static final String WHAT = "screening";

    private final Screener screener;
    private final CampaignClient campaigns;
    private final StoryRepository stories;
    private final RevisionRepository revisions;
    private final DismissalRepository dismissals;
    private final FeaturedPersonRepository people;
    private final AuditTrail audit;
    private final ContentMetrics metrics;
    private final EntityManager entityManager;
    private final Clock clock;

    ScreeningService(Screener screener, CampaignClient campaigns, StoryRepository stories, RevisionRepository revisions,
                     DismissalRepository dismissals, FeaturedPersonRepository people, AuditTrail audit, ContentMetrics metrics,
                     EntityManager entityManager, Clock clock) {
        this.metrics = metrics;
        this.screener = screener;
        this.campaigns = campaigns;
        this.stories = stories;
        this.revisions = revisions;
        this.dismissals = dismissals;
        this.people = people;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Screens a draft: nothing is stored. */
    @Transactional
    public Screening screenDraft(ScreeningRequest request, Actor actor) {
        Access.requireRead(actor, request.unitCode(), "unit");
        StoryContent content = request.content();
        List<InvalidParam> problems = new ArrayList<>();
        UnitRef unit = campaigns.unit(request.unitCode()).orElse(null);
        if (unit == null) {
            problems.add(new InvalidParam("unitCode", "campaign-service has no unit '" + request.unitCode() + "'"));
        }
        List<ChannelProfile> channels = new ArrayList<>();
        List<String> knownChannels = null;
        for (int i = 0; i < content.channels().size(); i++) {
            String code = content.channels().get(i);
            Optional<ChannelRef> channel = campaigns.channel(code);
            if (channel.isEmpty()) {
                knownChannels = knownChannels == null ? campaigns.channelCodes() : knownChannels;
                problems.add(new InvalidParam("content.channels[" + i + "]", "campaign-service has no channel '" + code
                        + "'; the channels are: " + String.join(", ", knownChannels)));
            } else {
                channels.add(profile(channel.get()));
            }
        }
        List<Term> terms = List.of();
        Optional<SeriesRef> series = Optional.empty();
        if (request.seriesId() != null) {
            series = campaigns.series(request.seriesId());
            if (series.isEmpty()) {
                problems.add(new InvalidParam("seriesId", "campaign-service has no series '" + request.seriesId()
                        + "' (GET /series lists them)"));
            } else {
                terms = campaigns.campaign(series.get().campaignId()).map(ScreeningService::terms).orElse(List.of());
            }
        }
        List<FeaturedPersonEntity> featured = FeaturedPeople.ofUnit(people, request.unitCode(), content.featuredPeople(), problems);
        if (!problems.isEmpty()) {
            throw ServiceException.invalid(problems);
        }
        ScreeningResult result = SensitiveDetails.screen(screener, input(content, unit.sensitive(), channels,
                featured.stream().map(p -> p.name).toList(), terms), content);
        List<Finding> early = EarlyWarnings.of(content, series.orElse(null), featured, clock.instant());
        if (!early.isEmpty()) {
            List<Finding> findings = new ArrayList<>(early);
            findings.addAll(result.findings());
            result = new ScreeningResult(result.rulesVersion(), List.copyOf(findings), result.readability(), result.omitted());
        }
        return view(null, null, result, Map.of());
    }

    /**
     * Screens a story's content as it is submitted. Reads the channel profiles from campaign-service, so it runs
     * before the submission's transaction, never while the story is locked.
     */
    ScreeningResult screenForSubmission(StoryContent content, List<String> featuredNames, UnitRef unit, CampaignRef campaign) {
        List<ChannelProfile> channels = new ArrayList<>();
        for (String code : content.channels()) {
            campaigns.channel(code).map(ScreeningService::profile).ifPresent(channels::add);
        }
        return SensitiveDetails.screen(screener, input(content, unit.sensitive(), channels, featuredNames, terms(campaign)),
                content);
    }

    /** Stores the pre-screen's findings with the story's current revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(StoryEntity story, ScreeningResult result) {
        StoryRevisionEntity revision = revisions.find(story.id, story.revision).orElseThrow();
        revision.screening = result;
        revision.screenedAt = clock.instant();
        metrics.screened(result.findings());
    }

    @ReadOnly
    public Screening screening(UUID storyId, Integer number, Actor actor) {
        StoryEntity story = Access.readableStory(stories, storyId, actor);
        int revisionNumber = number == null ? story.revision : number;
        StoryRevisionEntity revision = screenedRevision(story, revisionNumber);
        return view(revisionNumber, revision.screenedAt, revision.screening, dismissalsOf(storyId, revisionNumber));
    }

    /** A community manager who holds the claim dismisses a finding of the current revision, with a reason. */
    @Transactional
    public Screening dismiss(UUID storyId, DismissalInput input, Actor actor) {
        StoryEntity story = stories.findForUpdate(storyId).orElseThrow(() -> ServiceException.notFound(StoryService.WHAT, storyId));
        Access.requireRead(actor, story.unitCode, StoryService.WHAT);
        Instant now = clock.instant();
        StoryChanges.requireClaimHolder(story, actor, now);
        StoryRevisionEntity revision = screenedRevision(story, story.revision);
        Finding finding = revision.screening.findings().stream().filter(f -> f.id().equals(input.findingId())).findFirst()
                .orElseThrow(() -> ServiceException.invalid("findingId", "revision " + story.revision + " has no finding '"
                        + input.findingId() + "'"));
        FindingDismissalEntity.Key key = new FindingDismissalEntity.Key(story.id, story.revision, finding.id());
        if (dismissals.findByIdOptional(key).isPresent()) {
            throw ServiceException.conflict("Dismissed already", "The finding '" + finding.id() + "' was dismissed already.");
        }
        FindingDismissalEntity dismissal = new FindingDismissalEntity();
        dismissal.key = key;
        dismissal.reason = input.reason().strip();
        dismissal.dismissedBy = actor.id();
        dismissal.dismissedByName = actor.name();
        dismissal.dismissedAt = now;
        dismissals.persist(dismissal);
        // The finding's id names rule and place, not the text, and the free-text reason (which may name people) stays
        // with the dismissal, which can be corrected: personal data stays out of the append-only trail.
        audit.record(story, actor, Role.COMMUNITY_MANAGER, Action.DISMISS_FINDING, story.state,
                "Finding " + finding.id() + " (" + finding.severity() + ") dismissed; the reason is in the screening.", now);
        Writes.flush(entityManager, WHAT);
        metrics.dismissed(finding.rule());
        return view(story.revision, revision.screenedAt, revision.screening, dismissalsOf(story.id, story.revision));
    }

    /**
     * Block findings of the current revision that nobody dismissed. When block findings of a rule were omitted (over the
     * per-rule cap), the listed ones of that rule count as open even if dismissed: the unseen rest still blocks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Finding> openBlocking(StoryEntity story) {
        StoryRevisionEntity revision = revisions.find(story.id, story.revision).orElseThrow();
        if (revision.screening == null) {
            return List.of();
        }
        Set<String> dismissed = dismissalsOf(story.id, story.revision).keySet();
        Set<String> omittedBlocking = new HashSet<>();
        revision.screening.omitted().stream().filter(o -> o.severity() == Severity.BLOCK).forEach(o -> omittedBlocking.add(o.rule()));
        return revision.screening.findings().stream()
                .filter(f -> f.severity() == Severity.BLOCK && (!dismissed.contains(f.id()) || omittedBlocking.contains(f.rule())))
                .toList();
    }

    /**
     * Open findings of each story's current revision per severity, by story id, for a whole page in one query (counted
     * by the database, as {@link #open} counts them); a story whose current revision was not screened has none.
     */
    Map<UUID, QueueItem.PreScreenSummary> summaries(List<StoryEntity> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<UUID, QueueItem.PreScreenSummary> summaries = new HashMap<>();
        revisions.openFindingCounts(page.stream().map(s -> s.id).toList())
                .forEach((id, counts) -> summaries.put(id, new QueueItem.PreScreenSummary(counts[0], counts[1], counts[2])));
        return summaries;
    }

    private StoryRevisionEntity screenedRevision(StoryEntity story, int number) {
        StoryRevisionEntity revision = revisions.find(story.id, number)
                .orElseThrow(() -> ServiceException.notFound("revision", story.id + "/" + number));
        if (revision.screening == null) {
            throw ServiceException.notFound(WHAT, story.id + "/" + number);
        }
        return revision;
    }

    private Map<String, FindingDismissalEntity> dismissalsOf(UUID storyId, int revision) {
        Map<String, FindingDismissalEntity> byFinding = new HashMap<>();
        dismissals.ofRevision(storyId, revision).forEach(d -> byFinding.put(d.key.findingId(), d));
        return byFinding;
    }

    /** Names that may appear: the featured people of the unit (unknown ids are left out). */
    List<String> featuredNames(String unitCode, List<UUID> ids) {
        return featuredNames(unitCode, ids, new ArrayList<>());
    }

    /** Names that may appear: featured people of the unit, checked; unknown ids become problems. */
    private List<String> featuredNames(String unitCode, List<UUID> ids, List<InvalidParam> problems) {
        return FeaturedPeople.ofUnit(people, unitCode, ids, problems).stream().map(p -> p.name).toList();
    }

    private static ScreeningInput input(StoryContent content, boolean sensitive, List<ChannelProfile> channels,
                                        List<String> featuredNames, List<Term> terms) {
        List<String> names = new ArrayList<>(featuredNames);
        names.add(content.author().name());
        if (content.contactPerson() != null) {
            names.add(content.contactPerson().name());
        }
        return new ScreeningInput(ScreeningLanguage.of(content.language().toString()), content.title(), content.summary(),
                content.body(), content.bodyFormat() == BodyFormat.MARKDOWN, content.media() == null ? 0 : content.media().size(),
                channels, sensitive, names, terms);
    }

    private static ChannelProfile profile(ChannelRef channel) {
        ChannelRef.Audience audience = channel.audience();
        if (audience == null) {
            return new ChannelProfile(channel.code(), channel.name(), 0, null, 0, Set.of(), null);
        }
        return new ChannelProfile(channel.code(), channel.name(), audience.maxLength() == null ? 0 : audience.maxLength(),
                audience.hashtagPolicy(), audience.maxHashtags() == null ? 0 : audience.maxHashtags(),
                audience.formats() == null ? Set.of() : audience.formats(), audience.languageLevel());
    }

    private static List<Term> terms(CampaignRef campaign) {
        if (campaign.screeningTerms() == null) {
            return List.of();
        }
        return campaign.screeningTerms().stream().map(t -> new Term(t.phrase(), t.value(), Severity.of(t.severity()),
                t.language(), t.note())).toList();
    }

    /** A finding as the API shows it, with its dismissal if any. */
    static Screening.ScreeningFinding finding(Finding f, FindingDismissalEntity d) {
        return new Screening.ScreeningFinding(f.id(), f.value(), f.rule(), f.severity().toString(),
                new Screening.Message(f.messageNl(), f.messageEn()), f.field(), f.start(), f.end(), f.excerpt(),
                f.suggestion(), f.channel(), d == null ? null : new Screening.Dismissal(d.dismissedByName, d.dismissedAt, d.reason));
    }

    private static Screening view(Integer revision, Instant screenedAt, ScreeningResult result,
                                  Map<String, FindingDismissalEntity> dismissed) {
        List<Screening.ScreeningFinding> findings = result.findings().stream().map(f -> finding(f, dismissed.get(f.id()))).toList();
        ScreeningResult.Readability r = result.readability();
        return new Screening(revision, screenedAt, result.rulesVersion(), open(result.findings(), dismissed.keySet()), findings,
                r == null ? null : new Screening.ScreeningReadability(r.score(), r.targetLevel(), r.minimumScore(), r.words(),
                        r.sentences(), r.longSentences()),
                result.omitted().stream().map(o -> new Screening.OmittedFindings(o.rule(), o.value(), o.severity().toString(),
                        o.count())).toList());
    }

    private static QueueItem.PreScreenSummary open(List<Finding> findings, Set<String> dismissed) {
        int block = 0;
        int warn = 0;
        int info = 0;
        for (Finding finding : findings) {
            if (dismissed.contains(finding.id())) {
                continue;
            }
            switch (finding.severity()) {
                case BLOCK -> block++;
                case WARN -> warn++;
                case INFO -> info++;
            }
        }
        return new QueueItem.PreScreenSummary(block, warn, info);
    }
}
