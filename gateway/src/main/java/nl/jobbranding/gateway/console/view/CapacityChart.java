package nl.jobbranding.gateway.console.view;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The capacity assessment as a bar chart: per channel the review hours needed against the hours available, the short
 * channels marked in colour and in words. Geometry only; the template draws it as SVG with a data table beside it.
 */
@TemplateData
public record CapacityChart(List<Bar> bars, int height, String summary) {

    static final int LABEL_WIDTH = 220;
    static final int PLOT_WIDTH = 480;
    static final int ROW = 56;

    @TemplateData
    public record Bar(String channel, String needed, String available, boolean shortOf, int y, int neededWidth, int availableWidth,
                      int labelX, int neededText, int availableText) {

        public int labelY() {
            return y + 16;
        }

        public int neededTextY() {
            return y + 15;
        }

        public int availableY() {
            return y + 24;
        }

        public int availableTextY() {
            return y + 39;
        }
    }

    /** From the assessment's channels ({@code channel}, {@code requiredHoursPerWeek}, {@code hoursPerWeek}, {@code fits}). */
    public static CapacityChart of(List<Map<String, Object>> channels) {
        double max = 0.1;
        for (Map<String, Object> channel : channels) {
            max = Math.max(max, Math.max(number(channel.get("requiredHoursPerWeek")), number(channel.get("hoursPerWeek"))));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (Map<String, Object> channel : channels) {
            double needed = number(channel.get("requiredHoursPerWeek"));
            double available = number(channel.get("hoursPerWeek"));
            int neededWidth = (int) Math.round(needed / max * PLOT_WIDTH);
            int availableWidth = (int) Math.round(available / max * PLOT_WIDTH);
            bars.add(new Bar(String.valueOf(channel.get("channel")), hours(needed), hours(available),
                    !Boolean.TRUE.equals(channel.get("fits")), y, Math.max(neededWidth, 1), Math.max(availableWidth, 1), LABEL_WIDTH,
                    LABEL_WIDTH + Math.max(neededWidth, 1) + 6, LABEL_WIDTH + Math.max(availableWidth, 1) + 6));
            y += ROW;
        }
        return new CapacityChart(bars, y + 10, summary(channels));
    }

    /**
     * The assessment in one Dutch sentence, from its numbers (campaign-service's own summary is English): whether it
     * fits, and per short channel how many hours a week it is short, or that it has no capacity set.
     */
    static String summary(List<Map<String, Object>> channels) {
        List<String> shortages = new ArrayList<>();
        for (Map<String, Object> channel : channels) {
            if (Boolean.TRUE.equals(channel.get("fits"))) {
                continue;
            }
            String name = String.valueOf(channel.get("channel"));
            shortages.add(channel.get("hoursPerWeek") == null ? name + " heeft geen capaciteit ingesteld"
                    : name + " komt " + dutch(channel.get("shortfallHoursPerWeek")) + " uur per week tekort");
        }
        if (shortages.isEmpty()) {
            return "Er is capaciteit voor: de actieve series passen op elk kanaal binnen de uren voor communitymanagement.";
        }
        return "Niet genoeg capaciteit op " + (shortages.size() == 1 ? "1 kanaal" : shortages.size() + " kanalen") + ": "
                + String.join("; ", shortages) + ".";
    }

    /** A number as the service gave it, with a decimal comma. */
    private static String dutch(Object number) {
        return number == null ? "?" : new BigDecimal(number.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public int width() {
        return LABEL_WIDTH + PLOT_WIDTH + 120;
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : new BigDecimal(value.toString()).doubleValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String hours(double value) {
        return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f", value);
    }
}
