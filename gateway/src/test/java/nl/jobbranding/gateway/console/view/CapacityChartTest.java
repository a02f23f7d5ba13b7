package nl.jobbranding.gateway.console.view;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The capacity sentence the campaign manager reads is Dutch, made from the assessment's numbers. */
class CapacityChartTest {

    @Test
    void namesEachShortChannelWithItsShortfallInDutch() {
        assertEquals("Niet genoeg capaciteit op 2 kanalen: instagram komt 0,42 uur per week tekort; tiktok heeft geen capaciteit ingesteld.",
                CapacityChart.summary(List.of(channel("linkedin", true, "2.00", "0.00"), channel("instagram", false, "0.50", "0.42"),
                        channel("tiktok", false, null, null))));
        assertEquals("Niet genoeg capaciteit op 1 kanaal: instagram komt 1,5 uur per week tekort.",
                CapacityChart.summary(List.of(channel("instagram", false, "0.50", "1.50"))));
    }

    @Test
    void saysSoWhenEveryChannelFits() {
        assertEquals("Er is capaciteit voor: de actieve series passen op elk kanaal binnen de uren voor communitymanagement.",
                CapacityChart.summary(List.of(channel("linkedin", true, "2.00", "0.00"))));
    }

    private static Map<String, Object> channel(String code, boolean fits, String hours, String shortfall) {
        Map<String, Object> channel = new HashMap<>();
        channel.put("channel", code);
        channel.put("fits", fits);
        channel.put("hoursPerWeek", hours == null ? null : Double.valueOf(hours));
        channel.put("shortfallHoursPerWeek", shortfall == null ? null : Double.valueOf(shortfall));
        return channel;
    }
}
