package nl.jobbranding.content.screening;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Precision and recall of the pre-screen per value, on the development split and on the held-out split of the labelled
 * corpus, scored separately. A warn or block finding of a value is right when its span overlaps a label of that value;
 * all findings overlapping one label count as one true positive; a finding overlapping no label is a false positive; a
 * label no finding overlaps is a false negative. Info findings and channel fit are not scored.
 * <p>
 * The floors apply to the held-out split only: text nobody tuning the rules has read. Each is the 0.90 target or, where
 * it is not reached yet, the figure reached minus 0.03 (a ratchet), that is min(0.90, reached - 0.03): raise them as the
 * screen improves, never lower them (except when fresh unread batches join the held-out split: a new measurement).
 * Only the held-out split's aggregate figures are printed, never its findings or misses.
 */
class CorpusQualityTest {

    static final List<String> VALUES = List.of("careful", "just", "cost-conscious", "transparent", "tendentious",
            "language-level");
    static final double TARGET = 0.90;
    /** {@code -Dcorpus.verbose=true}: the development split also lists its true positives with their rule. */
    static final boolean VERBOSE = Boolean.getBoolean("corpus.verbose");
    /** Held-out floors per value: {precision, recall}. */
    static final Map<String, double[]> HELD_OUT_FLOORS = Map.of(
            // Re-derived when batch k (96 fresh stories, unread) joined the held-out split: min(0.90, reached - 0.03)
            // on the 384 stories. A grown held-out split is a new measurement, the only reason a floor goes down.
            // Careful recall raised with the careful tagger: 163/206 = 0.79 on the 480 stories. Both raised with the
            // title, initial and job-title fixes and the located-person rule: 167/198 = 0.84 and 167/206 = 0.81.
            // Batches r and s (192 fresh stories, unread) joined: 672 stories. Raised where the grown split allows:
            // careful 239/277 = 0.86 and 239/287 = 0.83, transparent 74/90 = 0.82 and 74/87 = 0.85, language-level
            // 55/66 = 0.83. Lowered by the new measurement: cost-conscious recall 69/77 = 0.896 and tendentious
            // precision 76/85 = 0.894 (both 0.90 on the 480 before).
            // Batches v and w (192 fresh stories, unread) joined: 864 stories. Lowered by the new measurement:
            // cost-conscious 82/92 = 0.891 and 82/96 = 0.854 (batch w alone 5/9 and 5/9). Raised where the grown split
            // allows: just precision 101/110 = 0.92, transparent precision 95/113 = 0.84, language-level 74/88 = 0.84.
            // Batches aa and ab joined the development split (1,872 stories) and the club, route-to-work, school and
            // 'just outside' rules were added: careful recall 318/370 = 0.86 (floor 0.83), tendentious recall 106/132
            // = 0.80 (floor 0.77); careful precision 318/376 = 0.85 stays over its floor.
            // Mobile numbers no longer cleared by a sentence about the office, ages after "van"/"of" and a person, in a
            // sensitive unit's sentence about "he"/"she", after "turning"/"wordt": careful recall 349/401 = 0.87.
            // A licence plate in any Dutch side code, and an age as what "hij", "ze", "he", "she" or a titled name is
            // ("Ze is 68,", "Mrs Jansen is 94 and"), in any story: careful recall 391/443 = 0.88 on the 1,248 stories.
            "careful", new double[] {0.83, 0.85},
            // Batches t and u joined the development split (1,488 stories) and the models were retrained, the sentence
            // model's tendentious threshold 0.6 -> 0.8: just recall 80/92 = 0.87, transparent recall 75/87 = 0.86,
            // tendentious precision 76/81 = 0.94 (floors raised to reached - 0.03, at most 0.90).
            // Batches x and y joined the development split (1,680 stories), the models were retrained and the clause
            // model added (just and transparent): just recall 106/118 = 0.90, transparent recall 103/114 = 0.90.
            // Batch z (96 fresh stories, unread) joined the held-out split: 960 stories. Raised where the grown split
            // allows: just recall 119/131 = 0.91, transparent recall 120/132 = 0.91, language-level precision
            // 85/99 = 0.86 (reached - 0.03). Careful precision fell to 307/368 = 0.834, still over its floor.
            // Batch ai (96 fresh stories, unread) joined the held-out split: 1,248 stories. Lowered by the new
            // measurement: just precision 155/177 = 0.876 (floor reached - 0.03 = 0.85; batch ai alone 13/17).
            "just", new double[] {0.85, 0.87},
            // The clause model reports cost-conscious from p >= 0.7 (chosen on the whole screen's leave-one-batch-out
            // cross-validation): recall 135/146 = 0.925 (floor 0.89); precision 135/152 = 0.888 stays over its floor.
            "cost-conscious", new double[] {0.86, 0.89},
            // Transparent recall re-derived when batch n (96 fresh stories, unread) joined: 54/67 = 0.806 on 480 stories.
            // Transparent precision raised with the comparison rule: 54/67 = 0.81 on the 480 stories. Recall raised when
            // the sentence model was trained with batches p, o and q: 55/67 = 0.82.
            // Precision raised when plain "as much as", "more than ever", "my tip", "check their", "a must for" (and
            // their Dutch twins) stopped counting as unsourced figures or endorsements: 141/165 = 0.85 on the 1,152.
            "transparent", new double[] {0.82, 0.88},
            // Batches ad and ae joined the development split (2,064 stories), models retrained: tendentious recall
            // 124/148 = 0.84 (floor 0.80). The clause model reports tendentious from p >= 0.8: 128/148 = 0.86 (floor
            // 0.83); precision 128/141 = 0.91 stays over its floor.
            "tendentious", new double[] {0.90, 0.83},
            // Raised to the 480 stories' figure: 42/52 = 0.81. A heading in capitals is no abbreviation cluster:
            // 109/120 = 0.91 on the 1,152 stories (floor 0.87).
            "language-level", new double[] {0.87, 0.90});

    private final Screener screener = Screener.load();

    /** Per value: labelled, true positives, false positives, false negatives. */
    record Score(int labelled, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    @Test
    void developmentSplit() {
        List<Corpus.Story> stories = Corpus.load(Corpus.DEV);
        checkShape(stories, 400);
        List<String> misses = new ArrayList<>();
        Map<String, Score> scores = score(stories, misses);
        StringBuilder out = table("Pre-screen quality, development split (tuned on)", stories, scores);
        Map<String, List<Corpus.Story>> batches = new java.util.TreeMap<>();
        stories.forEach(s -> batches.computeIfAbsent(s.batch(), b -> new ArrayList<>()).add(s));
        batches.forEach((batch, part) -> out.append(table("  batch " + batch, part, score(part, null))));
        misses.forEach(m -> out.append("  ").append(m).append('\n'));
        System.out.println(out);
    }

    @Test
    void heldOutSplitStaysAboveItsFloors() {
        List<Corpus.Story> stories = Corpus.load(Corpus.HELD_OUT);
        checkShape(stories, 150);
        Map<String, Score> scores = score(stories, null);
        String table = table("Pre-screen quality, held-out split (never read, only scored)", stories, scores).toString();
        System.out.println(table);
        scores.forEach((value, s) -> {
            double[] floor = HELD_OUT_FLOORS.get(value);
            assertTrue(s.labelled() >= 8, "at least 8 held-out labels of " + value);
            assertTrue(s.precision() >= floor[0] - 1e-9, value + ": held-out precision under its floor " + floor[0] + table);
            assertTrue(s.recall() >= floor[1] - 1e-9, value + ": held-out recall under its floor " + floor[1] + table);
        });
    }

    /**
     * The first reading of a batch nobody has read yet, before it joins a split: {@code -Dcorpus.unseen=<folder>} scores
     * the {@code <batch>-<language>.txt} files in that folder and prints only the aggregate figures per value.
     */
    @Test
    void unseenBatchWhenAsked() {
        String folder = System.getProperty("corpus.unseen");
        if (folder == null) {
            return;
        }
        List<Corpus.Story> stories = Corpus.loadFolder(java.nio.file.Path.of(folder));
        System.out.println(table("Unseen batch " + folder + " (only scored)", stories, score(stories, null)));
    }

    private static void checkShape(List<Corpus.Story> stories, int minimum) {
        assertTrue(stories.size() >= minimum, "the split holds at least " + minimum + " stories, it has " + stories.size());
        Set<String> ids = new HashSet<>();
        stories.forEach(s -> assertTrue(ids.add(s.id()), "story id " + s.id() + " is used twice"));
        assertTrue(stories.stream().anyMatch(s -> s.language() == ScreeningLanguage.EN));
        assertTrue(stories.stream().filter(s -> s.labels().isEmpty()).count() >= stories.size() / 5L, "clean stories");
        stories.forEach(s -> s.labels().forEach(l -> assertTrue(VALUES.contains(l.value()),
                "story " + s.id() + " has an unknown label value")));
    }

    /** Scores every value; adds a line per miss to {@code misses} when given (the development split only). */
    Map<String, Score> score(List<Corpus.Story> stories, List<String> misses) {
        return score(screener, stories, misses);
    }

    static Map<String, Score> score(Screener screener, List<Corpus.Story> stories, List<String> misses) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        VALUES.forEach(v -> counts.put(v, new int[4]));
        for (Corpus.Story story : stories) {
            List<Finding> findings = screener.screen(story.input()).findings().stream()
                    .filter(f -> f.severity() != Severity.INFO && VALUES.contains(f.value())).toList();
            for (Finding finding : findings) {
                if (misses != null && VERBOSE && story.labels().stream().anyMatch(l -> overlaps(l, finding))) {
                    misses.add("true positive " + story.id() + " " + finding.rule() + " '" + finding.excerpt() + "'");
                }
                if (story.labels().stream().noneMatch(l -> overlaps(l, finding))) {
                    counts.get(finding.value())[2]++;
                    if (misses != null) {
                        misses.add("false positive " + story.id() + " " + finding.rule() + " '" + finding.excerpt() + "'");
                    }
                }
            }
            for (Corpus.Label label : story.labels()) {
                int[] c = counts.get(label.value());
                c[0]++;
                if (findings.stream().anyMatch(f -> overlaps(label, f))) {
                    c[1]++;
                } else {
                    c[3]++;
                    if (misses != null) {
                        misses.add("false negative " + story.id() + " " + label.value() + " '" + label.text() + "'");
                    }
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((value, c) -> scores.put(value, new Score(c[0], c[1], c[2], c[3])));
        return scores;
    }

    static StringBuilder table(String title, List<Corpus.Story> stories, Map<String, Score> scores) {
        long english = stories.stream().filter(s -> s.language() == ScreeningLanguage.EN).count();
        long clean = stories.stream().filter(s -> s.labels().isEmpty()).count();
        StringBuilder table = new StringBuilder("\n").append(title).append(": ").append(stories.size()).append(" stories (")
                .append(stories.size() - english).append(" Dutch, ").append(english).append(" English, ").append(clean)
                .append(" clean)\n")
                .append(String.format(Locale.ROOT, "| %-15s | %8s | %4s | %4s | %4s | %9s | %6s |%n", "value", "labelled",
                        "TP", "FP", "FN", "precision", "recall"));
        int[] all = new int[4];
        scores.forEach((value, s) -> {
            row(table, value, s);
            all[0] += s.labelled();
            all[1] += s.truePositives();
            all[2] += s.falsePositives();
            all[3] += s.falseNegatives();
        });
        row(table, "all", new Score(all[0], all[1], all[2], all[3]));
        return table;
    }

    private static void row(StringBuilder table, String value, Score s) {
        table.append(String.format(Locale.ROOT, "| %-15s | %8d | %4d | %4d | %4d | %9.2f | %6.2f |%n", value, s.labelled(),
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall()));
    }

    private static boolean overlaps(Corpus.Label label, Finding finding) {
        return label.value().equals(finding.value()) && label.field().equals(finding.field())
                && finding.start() < label.end() && label.start() < finding.end();
    }
}
