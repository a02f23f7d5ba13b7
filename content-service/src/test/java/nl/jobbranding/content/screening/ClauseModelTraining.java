package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the pre-screen's clause model on the development split and cross-validates it on the whole screen (run it by
 * name: it is not part of the ordinary test run). {@code -Dscreening.model.write=true} writes
 * {@code src/main/resources/screening/clause-model.bin.gz}; {@code -Dscreening.model.screen=true} prints the
 * leave-one-batch-out cross-validation: per development batch the sentence model and the clause model are trained on
 * the other batches, and the batch is scored as {@code CorpusQualityTest} scores it, with the clause model's findings
 * added at each threshold (a clause finding overlapping a finding of its value already there adds nothing).
 */
class ClauseModelTraining {

    /** Each labelled clause counts this many times, against the many clean ones (a class weight, as the sentence model's). */
    static final int POSITIVE_WEIGHT = 8;
    static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    /** One clause, with the values of the labels it overlaps. */
    record Sample(String batch, RuleSet rules, Text text, Text.Sentence clause, Set<String> values) {
    }

    static Map<ScreeningLanguage, RuleSet> ruleSets() {
        Map<ScreeningLanguage, RuleSet> rules = new HashMap<>();
        for (ScreeningLanguage language : ScreeningLanguage.values()) {
            rules.put(language, RuleSet.load(language));
        }
        return rules;
    }

    static List<Sample> samples(List<Corpus.Story> stories, Map<ScreeningLanguage, RuleSet> rules) {
        List<Sample> samples = new ArrayList<>();
        for (Corpus.Story story : stories) {
            for (Text text : List.of(Text.of("title", story.title()), Text.of("body", story.body()))) {
                for (Text.Sentence clause : ClauseModel.clauses(text)) {
                    Set<String> values = new LinkedHashSet<>();
                    story.labels().stream()
                            .filter(l -> l.field().equals(text.field) && l.start() < clause.end() && clause.start() < l.end())
                            .filter(l -> ClauseModel.VALUES.contains(l.value()))
                            .forEach(l -> values.add(l.value()));
                    samples.add(new Sample(story.batch(), rules.get(story.language()), text, clause, values));
                }
            }
        }
        return samples;
    }

    static List<Event> events(List<Sample> samples) {
        List<Event> events = new ArrayList<>();
        for (Sample sample : samples) {
            String[] features = ClauseModel.features(sample.text(), sample.clause(), sample.rules().language);
            if (sample.values().isEmpty()) {
                events.add(new Event(ClauseModel.NONE, features));
            }
            for (int copy = 0; copy < POSITIVE_WEIGHT; copy++) {
                sample.values().forEach(v -> events.add(new Event(v, features)));
            }
        }
        return events;
    }

    static AbstractModel train(List<Sample> samples) {
        return MaxentFiles.train(events(samples));
    }

    @Test
    void crossValidateOnTheWholeScreenWhenAsked() {
        if (!Boolean.getBoolean("screening.model.screen")) {
            return;
        }
        List<String> variants = List.of("clause model");
        List<Corpus.Story> stories = Corpus.load(Corpus.DEV);
        Map<ScreeningLanguage, RuleSet> rules = ruleSets();
        List<Sample> clauses = samples(stories, rules);
        List<SentenceModelTraining.Sample> sentences = SentenceModelTraining.samples(stories);
        Screener screener = Screener.load().withClauseModel(null);
        Set<String> batches = new TreeSet<>();
        stories.forEach(s -> batches.add(s.batch()));
        List<String> values = ClauseModel.VALUES;
        // [with sentence model 0/1][variant or none][threshold][value][tp, fp, fn]
        int[][][][][] counts = new int[2][variants.size() + 1][THRESHOLDS.length][values.size()][3];
        for (String batch : batches) {
            long started = System.nanoTime();
            List<Corpus.Story> part = stories.stream().filter(s -> s.batch().equals(batch)).toList();
            SentenceModel sentenceModel = new SentenceModel(MaxentFiles.train(SentenceModelTraining.events(
                    sentences.stream().filter(s -> !s.batch().equals(batch)).toList())));
            List<Sample> training = clauses.stream().filter(s -> !s.batch().equals(batch)).toList();
            List<ClauseModel> models = new ArrayList<>();
            models.add(new ClauseModel(train(training), Map.of()));
            List<Screener> bases = List.of(screener.withSentenceModel(null), screener.withSentenceModel(sentenceModel));
            for (Corpus.Story story : part) {
                RuleSet language = rules.get(story.language());
                List<Text> texts = List.of(Text.of("title", story.title()), Text.of("body", story.body()));
                List<List<double[]>> probabilities = new ArrayList<>();
                for (ClauseModel model : models) {
                    List<double[]> p = new ArrayList<>();
                    for (Text text : texts) {
                        for (Text.Sentence clause : ClauseModel.clauses(text)) {
                            p.add(model.probabilities(text, clause, language));
                        }
                    }
                    probabilities.add(p);
                }
                for (int b = 0; b < 2; b++) {
                    List<Finding> base = bases.get(b).screen(story.input()).findings().stream()
                            .filter(f -> f.severity() != Severity.INFO).toList();
                    for (int m = 0; m <= models.size(); m++) {
                        for (int t = 0; t < THRESHOLDS.length; t++) {
                            for (int v = 0; v < values.size(); v++) {
                                String value = values.get(v);
                                List<Finding> findings = new ArrayList<>(base.stream().filter(f -> f.value().equals(value)).toList());
                                if (m < models.size()) {
                                    ClauseModel model = models.get(m);
                                    int c = 0;
                                    for (Text text : texts) {
                                        for (Text.Sentence clause : ClauseModel.clauses(text)) {
                                            double[] p = probabilities.get(m).get(c++);
                                            int o = indexOf(model, value);
                                            if (p[o] >= THRESHOLDS[t]
                                                    && !SentenceModel.vetoed(text, clause, language.modelUnless.get(value))
                                                    && findings.stream().noneMatch(f -> f.field().equals(text.field)
                                                    && f.start() < clause.end() && clause.start() < f.end())) {
                                                findings.add(ClauseModel.finding(text, clause, value, story.language()));
                                            }
                                        }
                                    }
                                }
                                tally(story, value, findings, counts[b][m][t][v]);
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "batch %s done in %d s%n", batch, (System.nanoTime() - started) / 1_000_000_000L);
        }
        StringBuilder out = new StringBuilder("\nClause model, leave one development batch out (whole screen):\n");
        for (int b = 0; b < 2; b++) {
            for (int v = 0; v < values.size(); v++) {
                for (int m = 0; m <= variants.size(); m++) {
                    for (int t = 0; t < (m == variants.size() ? 1 : THRESHOLDS.length); t++) {
                        int[] c = counts[b][m][t][v];
                        out.append(String.format(Locale.ROOT, "%-13s %-15s %-16s %-7s TP %4d FP %4d FN %4d precision %.3f recall %.3f%n",
                                b == 0 ? "rules" : "rules+sentence", values.get(v),
                                m == variants.size() ? "no clause model" : variants.get(m),
                                m == variants.size() ? "" : String.format(Locale.ROOT, "p>=%.1f", THRESHOLDS[t]),
                                c[0], c[1], c[2], (double) c[0] / Math.max(1, c[0] + c[1]), (double) c[0] / Math.max(1, c[0] + c[2])));
                    }
                }
            }
        }
        System.out.println(out);
    }

    private static int indexOf(ClauseModel model, String value) {
        for (int o = 0; ; o++) {
            if (model.outcome(o).equals(value)) {
                return o;
            }
        }
    }

    /** Adds true positives (labels overlapped), false positives (findings overlapping no label) and misses. */
    private static void tally(Corpus.Story story, String value, List<Finding> findings, int[] counts) {
        for (Finding f : findings) {
            if (story.labels().stream().noneMatch(l -> overlaps(l, f))) {
                counts[1]++;
            }
        }
        for (Corpus.Label label : story.labels()) {
            if (label.value().equals(value)) {
                counts[findings.stream().anyMatch(f -> overlaps(label, f)) ? 0 : 2]++;
            }
        }
    }

    private static boolean overlaps(Corpus.Label label, Finding finding) {
        return label.value().equals(finding.value()) && label.field().equals(finding.field())
                && finding.start() < label.end() && label.start() < finding.end();
    }

    @Test
    void writeTheShippedModelWhenAsked() throws IOException {
        if (!Boolean.getBoolean("screening.model.write")) {
            return;
        }
        AbstractModel model = train(samples(Corpus.load(Corpus.DEV), ruleSets()));
        Path file = Path.of("src/main/resources", ClauseModel.RESOURCE);
        try (OutputStream out = Files.newOutputStream(file)) {
            MaxentFiles.write(model, out);
        }
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
