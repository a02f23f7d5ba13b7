package nl.jobbranding.content.screening;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the pre-screen per value on the labelled corpus. A warn or block finding counts: it is a
 * true positive when it overlaps a label of its value, a false positive otherwise; a label no finding of its value
 * overlaps is a false negative. Info findings are hints and language-level and channel-fit are measured elsewhere.
 */
class CorpusQualityTest {

    static final List<String> VALUES = List.of("careful", "just", "cost-conscious", "transparent", "tendentious");
    static final double FLOOR = 0.95;

    private final Screener screener = Screener.load();

    @Test
    void precisionAndRecallPerValueOnTheLabelledCorpus() {
        List<Corpus.Story> stories = Corpus.load();
        assertTrue(stories.size() >= 100, "the corpus holds at least 100 stories, it has " + stories.size());
        Set<String> ids = new HashSet<>();
        stories.forEach(s -> assertTrue(ids.add(s.id()), "story id " + s.id() + " is used twice"));
        assertTrue(stories.stream().anyMatch(s -> s.language() == ScreeningLanguage.EN));
        assertTrue(stories.stream().filter(s -> s.labels().isEmpty()).count() >= 30, "at least 30 clean stories");

        Map<String, int[]> counts = new LinkedHashMap<>();
        VALUES.forEach(v -> counts.put(v, new int[3]));
        List<String> misses = new ArrayList<>();
        for (Corpus.Story story : stories) {
            List<Finding> findings = screener.screen(story.input()).findings().stream()
                    .filter(f -> f.severity() != Severity.INFO && VALUES.contains(f.value())).toList();
            for (Finding finding : findings) {
                boolean labelled = story.labels().stream().anyMatch(l -> covers(l, finding));
                counts.get(finding.value())[labelled ? 0 : 1]++;
                if (!labelled) {
                    misses.add("false positive " + story.id() + " " + finding.rule() + " '" + finding.excerpt() + "'");
                }
            }
            for (Corpus.Label label : story.labels()) {
                if (findings.stream().noneMatch(f -> covers(label, f))) {
                    counts.get(label.value())[2]++;
                    misses.add("false negative " + story.id() + " " + label.value() + " '" + label.text() + "'");
                }
            }
        }
        StringBuilder table = new StringBuilder("\nPre-screen quality on " + stories.size() + " labelled stories\n")
                .append(String.format(Locale.ROOT, "%-15s %5s %5s %5s %10s %8s%n", "value", "TP", "FP", "FN", "precision", "recall"));
        Map<String, double[]> figures = new LinkedHashMap<>();
        counts.forEach((value, c) -> {
            double precision = c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
            figures.put(value, new double[] {precision, recall});
            table.append(String.format(Locale.ROOT, "%-15s %5d %5d %5d %10.3f %8.3f%n", value, c[0], c[1], c[2], precision, recall));
        });
        misses.forEach(m -> table.append("  ").append(m).append('\n'));
        System.out.println(table);
        counts.forEach((value, c) -> assertTrue(c[0] + c[2] >= 8, "at least 8 labelled examples of " + value));
        figures.forEach((value, f) -> {
            assertTrue(f[0] >= FLOOR, value + ": precision " + f[0] + " is under " + FLOOR + table);
            assertTrue(f[1] >= FLOOR, value + ": recall " + f[1] + " is under " + FLOOR + table);
        });
        assertEquals(VALUES.size(), figures.size());
    }

    private static boolean covers(Corpus.Label label, Finding finding) {
        return label.value().equals(finding.value()) && label.field().equals(finding.field())
                && finding.start() < label.end() && label.start() < finding.end();
    }
}
