package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped model files are derived artefacts: each must be exactly what training on the development split gives
 * today (training is deterministic: one thread, fixed order). When the development split or the features change,
 * this fails until the file is written again with the command in README.
 */
class ShippedModelTest {

    /** The shipped file {@code resource} is byte for byte what {@code trained} writes. */
    private static void assertShipped(String resource, AbstractModel trained) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MaxentFiles.write(trained, bytes);
        assertEquals(sha256(shipped(resource)), sha256(bytes.toByteArray()),
                resource + " is not what the development split trains: write it again (README, Pre-screen)");
    }

    @Test
    void theSentenceModelIsTheOneTheDevelopmentSplitGives() throws IOException {
        AbstractModel trained = MaxentFiles.train(SentenceModelTraining.events(
                SentenceModelTraining.samples(Corpus.load(Corpus.DEV))));
        assertShipped(SentenceModel.RESOURCE, trained);
    }

    @Test
    void theClauseModelIsTheOneTheDevelopmentSplitGives() throws IOException {
        AbstractModel trained = ClauseModelTraining.train(ClauseModelTraining.samples(Corpus.load(Corpus.DEV),
                ClauseModelTraining.ruleSets()));
        assertShipped(ClauseModel.RESOURCE, trained);
    }

    /**
     * The compiled clause model gives OpenNLP's probabilities, and the same to the last bit whether a text's words are
     * read from the screen's dictionary (stems resolved once per dictionary word) or stemmed one by one.
     */
    @Test
    void theCompiledClauseModelGivesOpenNlpsProbabilities() {
        AbstractModel model = MaxentFiles.read(ClauseModel.RESOURCE);
        ClauseModel compiled = new ClauseModel(model);
        Lexicon lexicon = Lexicon.of(List.of(SentenceModel.load().words()));
        compiled.bind(lexicon);
        Map<ScreeningLanguage, RuleSet> rules = ClauseModelTraining.ruleSets();
        int compared = 0;
        for (Corpus.Story story : Corpus.load(Corpus.DEV).subList(0, 300)) {
            Text body = Text.of("body", story.body());
            Text byId = Text.of("body", story.body(), lexicon);
            RuleSet language = rules.get(story.language());
            List<Text.Sentence> clauses = ClauseModel.clauses(body);
            assertEquals(clauses, ClauseModel.clauses(byId), story.id() + ": the clauses read by id");
            for (Text.Sentence clause : clauses) {
                double[] expected = model.eval(ClauseModel.features(body, clause, story.language()));
                double[] actual = compiled.probabilities(body, clause, language);
                for (int o = 0; o < actual.length; o++) {
                    assertEquals(expected[model.getIndex(compiled.outcome(o))], actual[o], 1e-9,
                            story.id() + ": the compiled clause model's probability");
                }
                assertArrayEquals(actual, compiled.probabilities(byId, clause, language),
                        story.id() + ": the clause model's probabilities with the dictionary");
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void theCarefulTaggerIsTheOneTheDevelopmentSplitGives() throws IOException {
        AbstractModel trained = CarefulTaggerTraining.train(CarefulTaggerTraining.samples(
                Screener.load().withCarefulTagger(null), Corpus.load(Corpus.DEV)));
        assertShipped(CarefulTagger.RESOURCE, trained);
    }

    @Test
    void theCompiledCarefulTaggerGivesOpenNlpsProbabilities() {
        Screener screener = Screener.load();
        int compared = 0;
        for (Corpus.Story story : Corpus.load(Corpus.DEV).subList(0, 300)) {
            Text body = Text.of("body", story.body());
            List<Integer> candidates = new ArrayList<>();
            List<Double> compiled = new ArrayList<>();
            List<String[]> features = screener.carefulFeatures(story.input(), body, candidates, compiled);
            for (int c = 0; c < features.size(); c++) {
                assertEquals(screener.carefulTagger().modelProbability(features.get(c)), compiled.get(c), 1e-9,
                        story.id() + ": the compiled tagger's probability");
                compared++;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    static byte[] shipped(String resource) throws IOException {
        try (InputStream in = ShippedModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is shipped");
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
