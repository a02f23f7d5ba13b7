package nl.jobbranding.content.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.jobbranding.content.model.Decision;
import nl.jobbranding.content.model.StoryState;
import nl.jobbranding.content.repository.StoryRepository;
import nl.jobbranding.content.screening.Finding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The business metrics, in Prometheus at /q/metrics: stories per state, the moderation queue's size and the age of its
 * oldest story (read from the database every {@code content.metrics.refresh-every}), review lead time (submitted to
 * decided) per decision, pre-screen findings per value and severity, and per rule the findings and dismissals and per
 * value the misses reviewers reported (a live precision and recall signal).
 */
@ApplicationScoped
public class ContentMetrics {

    private final MeterRegistry registry;
    private final StoryRepository stories;
    private final Clock clock;
    private final Map<StoryState, AtomicLong> perState = new EnumMap<>(StoryState.class);
    private final AtomicLong queueSize = new AtomicLong();
    private volatile Instant oldestWaiting;

    ContentMetrics(MeterRegistry registry, StoryRepository stories, Clock clock) {
        this.registry = registry;
        this.stories = stories;
        this.clock = clock;
        for (StoryState state : StoryState.values()) {
            AtomicLong count = new AtomicLong();
            perState.put(state, count);
            Gauge.builder("jobbranding.stories", count, AtomicLong::get).description("Stories per state")
                    .tag("state", state.toString()).register(registry);
        }
        Gauge.builder("jobbranding.moderation.queue.size", queueSize, AtomicLong::get)
                .description("Stories waiting for review (submitted or in review)").register(registry);
        Gauge.builder("jobbranding.moderation.queue.oldest.age", this, ContentMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("How long the oldest waiting story has waited").register(registry);
    }

    @Scheduled(every = "${content.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void refresh() {
        Map<StoryState, Long> counts = new EnumMap<>(StoryState.class);
        for (Object[] row : stories.countsPerState()) {
            counts.put((StoryState) row[0], (Long) row[1]);
        }
        perState.forEach((state, value) -> value.set(counts.getOrDefault(state, 0L)));
        Object[] waiting = stories.waiting();
        queueSize.set((Long) waiting[0]);
        oldestWaiting = (Instant) waiting[1];
    }

    /** A review decision, with the time from the story's submission to the decision. */
    void reviewed(Decision decision, Duration leadTime) {
        Timer.builder("jobbranding.review.lead.time").description("Time from submission to a review decision")
                .tag("decision", decision.toString()).register(registry).record(leadTime);
    }

    /** The findings of one screened submission. */
    void screened(List<Finding> findings) {
        for (Finding finding : findings) {
            Counter.builder("jobbranding.prescreen.findings").description("Pre-screen findings of submitted revisions")
                    .tag("value", finding.value()).tag("severity", finding.severity().toString()).register(registry).increment();
            Counter.builder("jobbranding.prescreen.rule.findings").description("Pre-screen findings of submitted revisions, per rule")
                    .tag("rule", finding.rule()).register(registry).increment();
        }
    }

    /** A reviewer dismissed a finding of this rule: with the findings per rule, a live precision signal. */
    void dismissed(String rule) {
        Counter.builder("jobbranding.prescreen.rule.dismissals").description("Pre-screen findings dismissed by reviewers, per rule")
                .tag("rule", rule).register(registry).increment();
    }

    /** A reviewer reported a span the screen missed for this value: with the findings per value, a live recall signal. */
    void missed(String value) {
        Counter.builder("jobbranding.prescreen.rule.misses").description("Spans reviewers reported as missed by the pre-screen, "
                + "per value").tag("value", value).register(registry).increment();
    }

    private double oldestAgeSeconds() {
        Instant oldest = oldestWaiting;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }
}
