package nl.jobbranding.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.api.service.PageRequest;
import nl.jobbranding.api.service.ServiceException;
import nl.jobbranding.api.service.Slice;
import nl.jobbranding.content.api.AnalyticsSummary;
import nl.jobbranding.content.api.AppealCounts;
import nl.jobbranding.content.api.LeadTimeRow;
import nl.jobbranding.content.api.StoryFlowRow;
import nl.jobbranding.content.api.TakedownTimeRow;
import nl.jobbranding.content.model.AppealOutcome;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.AnalyticsRepository;
import nl.jobbranding.content.repository.AnalyticsRepository.Dimension;
import nl.jobbranding.content.repository.AnalyticsRepository.Scope;
import nl.jobbranding.content.repository.AnalyticsRepository.Truncation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Analytics for campaign and community managers: stories per state over time, review lead times, takedown times,
 * appeal outcomes.
 * The figures are computed in SQL ({@link AnalyticsRepository}); periods are whole days (UTC) of at most two years.
 */
@ApplicationScoped
public class AnalyticsService {

    /** The longest period analytics cover. */
    public static final int MAX_YEARS = 2;

    private final AnalyticsRepository analytics;
    private final Clock clock;

    AnalyticsService(AnalyticsRepository analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    /** A period of days, both included; absent ends mean the year up to today. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The period checked: from not after to, at most two years; the defaults are the year up to today (UTC). */
    public Period period(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (end.isBefore(start)) {
            throw ServiceException.invalid("to", "must not be before from (" + start + ")");
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw ServiceException.invalid("from", "a period is at most " + MAX_YEARS + " years, such as from="
                    + end.minusYears(1).plusDays(1) + " with to=" + end);
        }
        return new Period(start, end);
    }

    @Transactional
    public Slice<StoryFlowRow> storyFlow(Period period, UUID campaignId, Truncation truncation, Dimension dimension, StoryState state,
                                         PageRequest page, Actor actor) {
        requireManager(actor);
        String[] after = null;
        if (page.after() != null) {
            after = page.after().split("\\|", 3);
            if (after.length != 3) {
                throw ServiceException.invalidCursor();
            }
            try {
                LocalDate.parse(after[0]);
                StoryState.valueOf(after[1]);
            } catch (RuntimeException e) {
                throw ServiceException.invalidCursor();
            }
        }
        List<Object[]> rows = analytics.storyFlow(scope(period, campaignId), truncation, dimension,
                state == null ? null : state.name(), after, page.limit() + 1);
        return Slice.of(rows, page.limit(), r -> r[0] + "|" + r[1] + "|" + r[2], r -> new StoryFlowRow(LocalDate.parse((String) r[0]),
                StoryState.valueOf((String) r[1]), ((String) r[2]).isEmpty() ? null : (String) r[2], ((Number) r[3]).longValue()));
    }

    @Transactional
    public Slice<LeadTimeRow> leadTimes(Period period, UUID campaignId, Dimension dimension, PageRequest page, Actor actor) {
        requireManager(actor);
        List<Object[]> rows = analytics.leadTimes(scope(period, campaignId), dimension, page.after(), page.limit() + 1);
        return Slice.of(rows, page.limit(), r -> (String) r[0], r -> new LeadTimeRow(((String) r[0]).isEmpty() ? null : (String) r[0],
                ((Number) r[1]).longValue(), seconds(r[2]), seconds(r[3])));
    }

    @Transactional
    public Slice<TakedownTimeRow> takedownTimes(Period period, UUID campaignId, PageRequest page, Actor actor) {
        requireManager(actor);
        List<Object[]> rows = analytics.takedownTimes(scope(period, campaignId), page.after(), page.limit() + 1);
        return Slice.of(rows, page.limit(), r -> (String) r[0], r -> new TakedownTimeRow((String) r[0], ((Number) r[1]).longValue(),
                seconds(r[2]), seconds(r[3])));
    }

    /**
     * The period's figures at a glance (stories entered per state, lead time over all decisions, appeal outcomes): what
     * an overview shows, read in one transaction instead of three requests.
     */
    @Transactional
    public AnalyticsSummary summary(Period period, UUID campaignId, Actor actor) {
        requireManager(actor);
        Scope scope = scope(period, campaignId);
        List<AnalyticsSummary.StateCount> entered = new ArrayList<>();
        for (Object[] row : analytics.storiesEntered(scope)) {
            entered.add(new AnalyticsSummary.StateCount(StoryState.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        }
        List<Object[]> leadTime = analytics.leadTimes(scope, Dimension.ALL, null, 1);
        Object[] all = leadTime.isEmpty() ? null : leadTime.get(0);
        return new AnalyticsSummary(period.from(), period.to(), entered, all == null ? 0 : ((Number) all[1]).longValue(),
                all == null ? null : seconds(all[2]), all == null ? null : seconds(all[3]),
                appealOutcomes(period, campaignId, actor));
    }

    /** A percentile_cont of seconds, in whole seconds. */
    private static long seconds(Object percentile) {
        return Math.round(((Number) percentile).doubleValue());
    }

    @Transactional
    public AppealCounts appealOutcomes(Period period, UUID campaignId, Actor actor) {
        requireManager(actor);
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : analytics.appealOutcomes(scope(period, campaignId))) {
            rows.add(new Object[] {Decision.valueOf((String) row[0]), row[1] == null ? null : AppealOutcome.valueOf((String) row[1]),
                    ((Number) row[2]).longValue()});
        }
        return AppealService.counted(rows);
    }

    private static Scope scope(Period period, UUID campaignId) {
        return new Scope(period.from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), campaignId);
    }

    private static void requireManager(Actor actor) {
        if (!actor.seesAllStories()) {
            throw ServiceException.forbidden("Analytics cover every unit's stories; only community and campaign managers may read them.");
        }
    }
}
