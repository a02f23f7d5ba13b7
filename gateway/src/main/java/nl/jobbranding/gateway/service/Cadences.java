package nl.jobbranding.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import nl.jobbranding.gateway.api.SeriesCadence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An active series' cadence: its planned stories per month against those it published, in the current month and the
 * two before it, and whether it falls behind (fewer than planned in the last whole month it existed, or fewer this month
 * than the plan pro rata to today).
 */
final class Cadences {

    /** Months shown: the current one and the two before it. */
    static final int MONTHS = 3;

    private Cadences() {
    }

    /** The first month whose publications a cadence on {@code today} needs. */
    static YearMonth firstMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS - 1);
    }

    /**
     * @param series    the series as campaign-service answers it
     * @param published stories the series published per month
     * @return the cadence, or null when the series is not active
     */
    static SeriesCadence of(JsonNode series, Map<YearMonth, Long> published, LocalDate today) {
        if (!"active".equals(series.path("status").asText())) {
            return null;
        }
        int planned = series.path("storiesPerMonth").asInt();
        YearMonth current = YearMonth.from(today);
        YearMonth made = series.path("createdAt").isTextual()
                ? YearMonth.from(Instant.parse(series.path("createdAt").asText()).atZone(ZoneOffset.UTC)) : firstMonth(today);
        List<SeriesCadence.Month> months = new ArrayList<>();
        for (YearMonth month = firstMonth(today); !month.isAfter(current); month = month.plusMonths(1)) {
            if (!month.isBefore(made)) {
                months.add(new SeriesCadence.Month(month, planned, published.getOrDefault(month, 0L)));
            }
        }
        int expectedByNow = (int) ((long) planned * today.getDayOfMonth() / today.lengthOfMonth());
        YearMonth previous = current.minusMonths(1);
        boolean behindLastMonth = !previous.isBefore(made) && published.getOrDefault(previous, 0L) < planned;
        boolean behindThisMonth = published.getOrDefault(current, 0L) < expectedByNow;
        return new SeriesCadence(planned, months, expectedByNow, behindLastMonth || behindThisMonth);
    }
}
