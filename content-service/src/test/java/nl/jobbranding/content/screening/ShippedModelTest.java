package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The shipped model files are derived artefacts: each must be exactly what training on the development split gives
 * today (training is deterministic: one thread, fixed order). When the development split or the features change,
 * this fails until the file is written again with the command in README.
 */
class ShippedModelTest {

    @Test
    void theSentenceModelIsTheOneTheDevelopmentSplitGives() throws IOException {
        AbstractModel trained = SentenceModel.train(SentenceModelTraining.events(
                SentenceModelTraining.samples(Corpus.load(Corpus.DEV))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SentenceModel.write(trained, bytes);
        assertEquals(sha256(shipped(SentenceModel.RESOURCE)), sha256(bytes.toByteArray()),
                SentenceModel.RESOURCE + " is not what the development split trains: write it again (README, Pre-screen)");
    }

    @Test
    void theCarefulTaggerIsTheOneTheDevelopmentSplitGives() throws IOException {
        AbstractModel trained = CarefulTaggerTraining.train(CarefulTaggerTraining.samples(
                Screener.load().withCarefulTagger(null), Corpus.load(Corpus.DEV)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CarefulTagger.write(trained, bytes);
        assertEquals(sha256(shipped(CarefulTagger.RESOURCE)), sha256(bytes.toByteArray()),
                CarefulTagger.RESOURCE + " is not what the development split trains: write it again (README, Pre-screen)");
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
