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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Careful as token tagging: a maximum-entropy classifier (OpenNLP, L-BFGS) that judges each capitalised word and each
 * number whether it is part of personal data or a traceable detail, from the word's shape, capitalisation and place in
 * the sentence, its membership of the first-name and surname lists, the words around it and the careful rules that
 * found it. It adds to the rules: a run of adjacent judged words the rules did not find becomes a {@code warn} finding
 * on exactly those words ({@code careful.tagger}).
 * <p>
 * The model is a versioned file, {@value #RESOURCE}, trained on the development split by {@code CarefulTaggerTraining}
 * in the tests; {@code ShippedModelTest} checks it is what the development split gives. Without the file the screen
 * runs on its rules.
 */
final class CarefulTagger {

    static final String RESOURCE = RuleSet.RESOURCE_FOLDER + "careful-tagger.bin.gz";
    static final String PERSONAL = "personal";
    static final String OTHER = "other";
    /** The probability from which a word is tagged, chosen on the leave-one-batch-out cross-validation. */
    static final double THRESHOLD = 0.6;
    private static final int CONTEXT = 2;

    private final AbstractModel model;
    private final int personal;
    private final double threshold;

    CarefulTagger(AbstractModel model, double threshold) {
        this.model = model;
        this.personal = model.getIndex(PERSONAL);
        this.threshold = threshold;
    }

    /** The shipped model, or null when the file is not on the class path. */
    static CarefulTagger load() {
        InputStream in = CarefulTagger.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (InputStream gzip = new GZIPInputStream(in)) {
            return new CarefulTagger(new GenericModelReader(new BinaryFileDataReader(gzip)).getModel(), THRESHOLD);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the careful tagger " + RESOURCE, e);
        }
    }

    /** The words judged: capitalised words and words with a digit. */
    static boolean candidate(Text text, Text.Token token) {
        return token.capitalized() || Character.isDigit(text.value.charAt(token.start()))
                || Character.isDigit(text.value.charAt(token.end() - 1));
    }

    /**
     * Adds a finding for each run of adjacent candidate words the model tags, unless a careful finding of the rules
     * (any severity) already overlaps it. (Taking back names the rules found when the model judges them unlikely was
     * tried: on the cross-validation it removed one false finding and one true one.)
     *
     * @param ruled     the careful findings of the rules on this text
     * @param consented the lower-case words of the consented names
     */
    void scan(Text text, RuleSet rules, boolean sensitive, List<Finding> ruled, Set<String> consented,
              PersonalData names, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        double[] p = new double[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            p[t] = candidate(text, tokens.get(t))
                    ? model.eval(features(text, t, rules, sensitive, ruled, consented, names))[personal] : -1;
        }
        int runStart = -1;
        int runEnd = -1;
        for (int t = 0; t <= tokens.size(); t++) {
            boolean tagged = t < tokens.size() && p[t] >= threshold;
            boolean continues = tagged && runStart >= 0 && tokens.get(t).sentence() == tokens.get(runEnd).sentence()
                    && t == runEnd + 1;
            if (continues) {
                runEnd = t;
                continue;
            }
            if (runStart >= 0) {
                report(text, rules, tokens.get(runStart).start(), tokens.get(runEnd).end(), ruled, out);
                runStart = -1;
            }
            if (tagged) {
                runStart = t;
                runEnd = t;
            }
        }
    }

    private static void report(Text text, RuleSet rules, int start, int end, List<Finding> ruled, List<Finding> out) {
        for (Finding finding : ruled) {
            if (finding.start() < end && start < finding.end()) {
                return;
            }
        }
        boolean dutch = rules.language == ScreeningLanguage.NL;
        out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.tagger", Severity.WARN,
                "Mogelijk een naam of een detail waardoor iemand herkenbaar is, van iemand die geen toestemming gaf.",
                "This may be a name or a detail that makes someone recognisable, of someone who has not consented.",
                dutch ? "Laat de naam of het detail weg, of vraag toestemming." : "Leave out the name or the detail, or ask for consent.",
                null));
    }

    /** The features of the candidate word {@code t}, as the model is trained on them. */
    static String[] features(Text text, int t, RuleSet rules, boolean sensitive, List<Finding> ruled,
                             Set<String> consented, PersonalData names) {
        List<Text.Token> tokens = text.tokens;
        Text.Token token = tokens.get(t);
        String lower = token.lower();
        Text.Sentence sentence = text.sentenceOf(token);
        List<String> f = new ArrayList<>(24);
        f.add("w=" + lower);
        f.add("s=" + shape(text.value, token));
        if (lower.length() > 3) {
            f.add("x=" + lower.substring(lower.length() - 3));
        }
        f.add("l=" + rules.language.code());
        if (sensitive) {
            f.add("sens");
        }
        if (t == sentence.firstToken()) {
            f.add("first");
        }
        if (names.isKnownFirstName(lower)) {
            f.add("fn");
        }
        if (names.isKnownSurname(lower)) {
            f.add("sn");
        }
        if (consented.contains(lower)) {
            f.add("cons");
        }
        if (rules.nameParticles.contains(lower)) {
            f.add("particle");
        }
        for (Finding finding : ruled) {
            if (finding.start() < token.end() && token.start() < finding.end()) {
                f.add("r=" + finding.rule());
            }
        }
        for (int d = 1; d <= CONTEXT; d++) {
            int before = t - d;
            if (before >= sentence.firstToken()) {
                Text.Token b = tokens.get(before);
                f.add("p" + d + "=" + (b.number() ? "<num>" : b.lower()));
                if (d == 1) {
                    f.add("ps=" + shape(text.value, b));
                }
            } else if (before == sentence.firstToken() - 1) {
                f.add("p" + d + "=<s>");
            }
            int after = t + d;
            if (after < sentence.endToken()) {
                Text.Token a = tokens.get(after);
                f.add("n" + d + "=" + (a.number() ? "<num>" : a.lower()));
                if (d == 1) {
                    f.add("ns=" + shape(text.value, a));
                }
            } else if (after == sentence.endToken()) {
                f.add("n" + d + "=</s>");
            }
        }
        if (token.end() < text.value.length()) {
            f.add("c=" + punctuation(text.value.charAt(token.end())));
        }
        if (token.start() > 0) {
            f.add("b=" + punctuation(text.value.charAt(token.start() - 1)));
        }
        return f.toArray(String[]::new);
    }

    private static char punctuation(char c) {
        return Character.isWhitespace(c) ? '_' : Character.isLetterOrDigit(c) ? 'a' : c;
    }

    /** The word's shape: X for a capital, x for small letters, d for digits, runs shortened to two. */
    static String shape(String value, Text.Token token) {
        StringBuilder shape = new StringBuilder(6);
        char last = 0;
        int run = 0;
        for (int i = token.start(); i < token.end() && shape.length() < 8; i++) {
            char c = value.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2) {
                shape.append(k);
            }
        }
        return shape.toString();
    }

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

    static void write(AbstractModel model, OutputStream out) throws IOException {
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
            new GenericModelWriter(model, data).persist();
        }
    }
}
