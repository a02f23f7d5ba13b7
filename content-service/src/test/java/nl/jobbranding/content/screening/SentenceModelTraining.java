package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the pre-screen's sentence model on the development split and cross-validates it (run it by name: it is not
 * part of the ordinary test run): leave one batch out, trained on the others, scored on the sentences of the batch it
 * has not seen, per value. The shipped model file is made by {@link #writeTheShippedModelWhenAsked}: {@code ./mvnw -B -ntp -q verify -pl content-service -am -Dtest=SentenceModelTraining
 * -Dsurefire.failIfNoSpecifiedTests=false -Dscreening.model.write=true} writes
 * {@code src/main/resources/screening/sentence-model.bin.gz}. Training is deterministic (one thread, L-BFGS).
 */
class SentenceModelTraining {

    /** Each labelled sentence counts this many times, against the many clean ones (a class weight). */
    static final int POSITIVE_WEIGHT = 8;
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** One labelled sentence. */
    record Sample(String batch, ScreeningLanguage language, Text text, Text.Sentence sentence, Set<String> values) {
    }

    static List<Sample> samples(List<Corpus.Story> stories) {
        List<Sample> samples = new ArrayList<>();
        for (Corpus.Story story : stories) {
            for (Text text : List.of(Text.of("title", story.title()), Text.of("body", story.body()))) {
                for (Text.Sentence sentence : text.sentences) {
                    if (sentence.words() < SentenceModel.MIN_WORDS) {
                        continue;
                    }
                    Set<String> values = new LinkedHashSet<>();
                    story.labels().stream()
                            .filter(l -> l.field().equals(text.field) && l.start() < sentence.end() && sentence.start() < l.end())
                            .filter(l -> SentenceModel.VALUES.contains(l.value()))
                            .forEach(l -> values.add(l.value()));
                    samples.add(new Sample(story.batch(), story.language(), text, sentence, values));
                }
            }
        }
        return samples;
    }

    static List<Event> events(List<Sample> samples) {
        List<Event> events = new ArrayList<>();
        for (Sample sample : samples) {
            String[] features = SentenceModel.features(sample.text(), sample.sentence());
            if (sample.values().isEmpty()) {
                events.add(new Event(SentenceModel.NONE, features));
            }
            for (int copy = 0; copy < POSITIVE_WEIGHT; copy++) {
                sample.values().forEach(v -> events.add(new Event(v, features)));
            }
        }
        return events;
    }

    @Test
    void leaveOneBatchOut() {
        List<Sample> samples = samples(Corpus.load(Corpus.DEV));
        Set<String> batches = new TreeSet<>();
        samples.forEach(s -> batches.add(s.batch()));
        List<String> values = SentenceModel.VALUES;
        // per value, per threshold: true positives, false positives; and labelled sentences
        int[][][] counts = new int[values.size()][THRESHOLDS.length][2];
        int[] labelled = new int[values.size()];
        for (String batch : batches) {
            AbstractModel trained = MaxentFiles.train(events(samples.stream().filter(s -> !s.batch().equals(batch)).toList()));
            SentenceModel model = new SentenceModel(trained);
            for (Sample sample : samples.stream().filter(s -> s.batch().equals(batch)).toList()) {
                double[] p = model.probabilities(sample.text(), sample.sentence());
                double[] expected = trained.eval(SentenceModel.features(sample.text(), sample.sentence()));
                for (int o = 0; o < p.length; o++) {
                    assertEquals(expected[trained.getIndex(model.outcome(o))], p[o], 1e-9, "the compiled model's probability");
                }
                for (int o = 0; o < p.length; o++) {
                    int v = values.indexOf(model.outcome(o));
                    if (v < 0) {
                        continue;
                    }
                    for (int t = 0; t < THRESHOLDS.length; t++) {
                        if (p[o] >= THRESHOLDS[t]) {
                            counts[v][t][sample.values().contains(values.get(v)) ? 0 : 1]++;
                        }
                    }
                }
                sample.values().forEach(value -> labelled[values.indexOf(value)]++);
            }
        }
        StringBuilder out = new StringBuilder("\nSentence model, leave one development batch out (sentences):\n");
        for (int v = 0; v < values.size(); v++) {
            for (int t = 0; t < THRESHOLDS.length; t++) {
                int tp = counts[v][t][0];
                int fp = counts[v][t][1];
                out.append(String.format(Locale.ROOT, "%-15s p>=%.1f labelled %4d TP %4d FP %4d precision %.2f recall %.2f%n",
                        values.get(v), THRESHOLDS[t], labelled[v], tp, fp, tp + fp == 0 ? 1.0 : (double) tp / (tp + fp),
                        (double) tp / Math.max(1, labelled[v])));
            }
        }
        System.out.println(out);
    }

    /**
     * The reporting thresholds judged on the whole screen (rules, tagger and model together, without the clause model,
     * as {@code CorpusQualityTest} scores it): leave one development batch out, the model trained on the others, every value's threshold at each of
     * {@link #THRESHOLDS}, summed over the batches. {@code -Dscreening.model.screen=true}: a few minutes.
     */
    @Test
    void crossValidateTheThresholdsOnTheWholeScreenWhenAsked() {
        if (!Boolean.getBoolean("screening.model.screen")) {
            return;
        }
        List<Corpus.Story> stories = Corpus.load(Corpus.DEV);
        List<Sample> samples = samples(stories);
        Screener rules = Screener.load().withClauseModel(null);
        Set<String> batches = new TreeSet<>();
        stories.forEach(s -> batches.add(s.batch()));
        List<String> values = List.copyOf(SentenceModel.THRESHOLDS.keySet().stream().sorted().toList());
        int[][][] counts = new int[THRESHOLDS.length + 1][values.size()][3];
        for (String batch : batches) {
            List<Corpus.Story> part = stories.stream().filter(s -> s.batch().equals(batch)).toList();
            AbstractModel trained = MaxentFiles.train(events(samples.stream().filter(s -> !s.batch().equals(batch)).toList()));
            for (int t = 0; t <= THRESHOLDS.length; t++) {
                double threshold = t < THRESHOLDS.length ? THRESHOLDS[t] : Double.MAX_VALUE;
                java.util.Map<String, Double> reportFrom = new java.util.HashMap<>();
                values.forEach(v -> reportFrom.put(v, threshold));
                java.util.Map<String, CorpusQualityTest.Score> scores = CorpusQualityTest.score(
                        rules.withSentenceModel(new SentenceModel(trained, reportFrom)), part, null);
                for (int v = 0; v < values.size(); v++) {
                    CorpusQualityTest.Score score = scores.get(values.get(v));
                    counts[t][v][0] += score.truePositives();
                    counts[t][v][1] += score.falsePositives();
                    counts[t][v][2] += score.falseNegatives();
                }
            }
        }
        StringBuilder out = new StringBuilder("\nSentence model thresholds, leave one development batch out (whole screen):\n");
        for (int v = 0; v < values.size(); v++) {
            for (int t = 0; t <= THRESHOLDS.length; t++) {
                int[] c = counts[t][v];
                out.append(String.format(Locale.ROOT, "%-15s %-9s TP %4d FP %4d FN %4d precision %.3f recall %.3f%n",
                        values.get(v), t < THRESHOLDS.length ? String.format(Locale.ROOT, "p>=%.1f", THRESHOLDS[t]) : "no model",
                        c[0], c[1], c[2], (double) c[0] / Math.max(1, c[0] + c[1]), (double) c[0] / Math.max(1, c[0] + c[2])));
            }
        }
        System.out.println(out);
    }

    @Test
    void writeTheShippedModelWhenAsked() throws IOException {
        if (!Boolean.getBoolean("screening.model.write")) {
            return;
        }
        AbstractModel model = MaxentFiles.train(events(samples(Corpus.load(Corpus.DEV))));
        Path file = Path.of("src/main/resources", SentenceModel.RESOURCE);
        try (OutputStream out = Files.newOutputStream(file)) {
            MaxentFiles.write(model, out);
        }
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
