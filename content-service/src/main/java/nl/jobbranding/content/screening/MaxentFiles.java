package nl.jobbranding.content.screening;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How the screen's maximum-entropy models (the sentence model and the careful tagger) are trained, written and read:
 * one way for both, so that retraining from the development split gives the shipped file byte for byte.
 */
final class MaxentFiles {

    private MaxentFiles() {
    }

    /**
     * Trains deterministically: L-BFGS (OpenNLP's quasi-Newton maximum entropy) on one thread, 200 iterations, features
     * seen fewer than twice dropped, L2 regularisation 1.0.
     */
    static AbstractModel train(List<Event> events) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 2);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, 1.0);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        try {
            return (AbstractModel) TrainerFactory.getEventTrainer(parameters, new HashMap<>())
                    .train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a model gzipped (GZIPOutputStream writes no time stamp, so equal models give equal bytes). */
    static void write(AbstractModel model, OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            new GenericModelWriter(model, data).persist();
        }
    }

    /** The model shipped at {@code resource} on the class path, or null when the file is not there. */
    static AbstractModel read(String resource) {
        InputStream in = MaxentFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return null;
        }
        try (InputStream gzip = new GZIPInputStream(in)) {
            return new GenericModelReader(new BinaryFileDataReader(gzip)).getModel();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + resource, e);
        }
    }
}
