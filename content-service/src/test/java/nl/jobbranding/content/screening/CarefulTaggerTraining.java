package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the careful tagger on the development split and cross-validates it (run it by name: it is not part of the
 * ordinary test run): leave one batch out, the screen with the tagger trained on the other batches against the rules
 * alone, scored on the batch it has not seen, per value. {@code -Dscreening.model.write=true} writes the shipped file
 * {@code src/main/resources/screening/careful-tagger.bin.gz}. Training is deterministic (one thread, L-BFGS).
 */
class CarefulTaggerTraining {

    static final double[] THRESHOLDS = {0.4, 0.5, 0.6, 0.7, 0.8};

    /** A candidate word of the corpus: its batch and its event (features, and whether a careful label covers it). */
    record Sample(String batch, Event event) {
    }

    static List<Sample> samples(Screener screener, List<Corpus.Story> stories) {
        List<Sample> samples = new ArrayList<>();
        for (Corpus.Story story : stories) {
            for (Text text : List.of(Text.of("title", story.title()), Text.of("body", story.body()))) {
                List<Integer> candidates = new ArrayList<>();
                List<String[]> features = screener.carefulFeatures(story.input(), text, candidates);
                for (int c = 0; c < candidates.size(); c++) {
                    Text.Token token = text.tokens.get(candidates.get(c));
                    boolean labelled = story.labels().stream().anyMatch(l -> l.value().equals(Finding.CAREFUL)
                            && l.field().equals(text.field) && l.start() < token.end() && token.start() < l.end());
                    samples.add(new Sample(story.batch(),
                            new Event(labelled ? CarefulTagger.PERSONAL : CarefulTagger.OTHER, features.get(c))));
                }
            }
        }
        return samples;
    }

    static AbstractModel train(List<Sample> samples) {
        return MaxentFiles.train(samples.stream().map(Sample::event).toList());
    }

    @Test
    void leaveOneBatchOut() {
        Screener rules = Screener.load().withCarefulTagger(null);
        List<Corpus.Story> stories = Corpus.load(Corpus.DEV);
        List<Sample> samples = samples(rules, stories);
        Set<String> batches = new TreeSet<>();
        stories.forEach(s -> batches.add(s.batch()));
        int[] base = new int[3];
        int[][] tagged = new int[THRESHOLDS.length][3];
        StringBuilder out = new StringBuilder("\nCareful tagger, leave one development batch out (careful findings):\n");
        for (String batch : batches) {
            List<Corpus.Story> part = stories.stream().filter(s -> s.batch().equals(batch)).toList();
            AbstractModel model = train(samples.stream().filter(s -> !s.batch().equals(batch)).toList());
            CorpusQualityTest.Score alone = CorpusQualityTest.score(rules, part, null).get(Finding.CAREFUL);
            add(base, alone);
            out.append(String.format(Locale.ROOT, "batch %-8s rules alone TP %3d FP %3d FN %3d", batch,
                    alone.truePositives(), alone.falsePositives(), alone.falseNegatives()));
            for (int t = 0; t < THRESHOLDS.length; t++) {
                Map<String, CorpusQualityTest.Score> scores = CorpusQualityTest.score(
                        rules.withCarefulTagger(new CarefulTagger(model, THRESHOLDS[t])), part, null);
                CorpusQualityTest.Score with = scores.get(Finding.CAREFUL);
                add(tagged[t], with);
                out.append(String.format(Locale.ROOT, " | %.1f +%d/-%d", THRESHOLDS[t],
                        with.truePositives() - alone.truePositives(), with.falsePositives() - alone.falsePositives()));
            }
            out.append('\n');
        }
        out.append(line("rules alone", base));
        for (int t = 0; t < THRESHOLDS.length; t++) {
            out.append(line(String.format(Locale.ROOT, "with tagger p>=%.1f", THRESHOLDS[t]), tagged[t]));
        }
        System.out.println(out);
    }

    private static void add(int[] sum, CorpusQualityTest.Score score) {
        sum[0] += score.truePositives();
        sum[1] += score.falsePositives();
        sum[2] += score.falseNegatives();
    }

    private static String line(String name, int[] c) {
        return String.format(Locale.ROOT, "%-26s TP %4d FP %4d FN %4d precision %.3f recall %.3f%n", name, c[0], c[1], c[2],
                (double) c[0] / Math.max(1, c[0] + c[1]), (double) c[0] / Math.max(1, c[0] + c[2]));
    }

    @Test
    void writeTheShippedModelWhenAsked() throws IOException {
        if (!Boolean.getBoolean("screening.model.write")) {
            return;
        }
        AbstractModel model = train(samples(Screener.load().withCarefulTagger(null), Corpus.load(Corpus.DEV)));
        Path file = Path.of("src/main/resources", CarefulTagger.RESOURCE);
        try (OutputStream out = Files.newOutputStream(file)) {
            MaxentFiles.write(model, out);
        }
        System.out.println("Wrote " + file.toAbsolutePath());
    }
}
