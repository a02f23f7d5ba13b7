package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A clause classifier for the soft values the rules miss in fresh wording (trained on just, transparent and
 * tendentious; it reports the values in {@link #THRESHOLDS}): a maximum-entropy model (OpenNLP, trained like the sentence model) on each clause's Snowball stems (OpenNLP's Dutch and
 * English stemmers), pairs of stems, numbers and percentages, and its shape (where it stands in the sentence, a
 * question or an exclamation). A clause is a part of a sentence between ';', ':', a dash between words, or a
 * conjunction that starts a new clause ("maar", "want", "terwijl", "but", "because", "while"); a part of fewer than
 * {@value #MIN_WORDS} words stays with its neighbour. It is trained with the clause as the unit of labelling (a clause
 * is positive when it overlaps a labelled span), and its finding's span is the clause, so a reviewer sees the part that
 * says it. The sentence rules' word groups as lexicon classes were tried as features and cross-validated worse (more
 * false findings for the same true ones), as they did in the sentence model.
 * <p>
 * The model is a versioned file, {@value #RESOURCE}, trained on the development split by {@code ClauseModelTraining}
 * in the tests (the command is in README); without the file the screen runs without it.
 */
final class ClauseModel {

    static final String RESOURCE = RuleSet.RESOURCE_FOLDER + "clause-model.bin.gz";
    static final String NONE = "none";
    /** The values it is trained on: every clause is one of these, or {@value #NONE}. */
    static final List<String> VALUES = List.of(Finding.JUST, Finding.TRANSPARENT, Finding.TENDENTIOUS);
    /**
     * The values it reports, from this probability: per value the threshold of the best F1 on the whole screen's
     * leave-one-batch-out cross-validation over fifteen development batches (rules, sentence model and clause model
     * trained without the batch scored): just 217 true / 17 false at 0.7 (211 / 14 without the clause model),
     * transparent 272 / 25 at 0.6 (260 / 22). Tendentious is not reported: at its best F1 there (163 / 12 at 0.5,
     * against 154 / 8) the held-out precision fell from 0.93 to 0.85 (105 true / 19 false; recall 0.78 to 0.87), under
     * its floor; that reading, not the cross-validation, left it out.
     */
    static final Map<String, Double> THRESHOLDS = Map.of(
            Finding.JUST, 0.7,
            Finding.TRANSPARENT, 0.6);
    static final int MIN_WORDS = 3;
    private static final Map<String, String[]> MESSAGES = Map.of(
            Finding.JUST, new String[] {
                    "Dit zinsdeel lijkt kandidaten uit te sluiten of een voorkeur te geven op leeftijd, geslacht, afkomst, geloof, gezondheid of gezinssituatie.",
                    "This clause seems to exclude or prefer candidates by age, gender, origin, religion, health or family situation."},
            Finding.TRANSPARENT, new String[] {
                    "Dit zinsdeel lijkt een bewering zonder bron of verborgen reclame.",
                    "This clause seems to state a claim without a source, or to advertise."},
            Finding.TENDENTIOUS, new String[] {
                    "Dit zinsdeel lijkt politiek gekleurd of polariserend.",
                    "This clause seems politically coloured or polarising."});
    /** Words that start a new clause inside a sentence. */
    private static final Set<String> CLAUSE_STARTS = Text.wordSet("maar", "want", "terwijl", "omdat", "dus", "zodat",
            "but", "because", "while", "whereas", "so", "although");
    private static final String NUMBER = "<num>";
    private static final String START = "<s>";
    /** Stems of words already seen, per language; bounded, since texts are untrusted. */
    private static final int MAX_CACHED_STEMS = 200_000;
    private static final Map<ScreeningLanguage, Map<String, String>> STEMS = Map.of(
            ScreeningLanguage.NL, new ConcurrentHashMap<>(), ScreeningLanguage.EN, new ConcurrentHashMap<>());

    private final String[] outcomes;
    private final double[] thresholds;
    /** Weights per stem ({@code s=}), per pair of stems by their string hashes ({@code b=}), per other feature by name. */
    private final Map<String, double[]> stems = new HashMap<>();
    private final SentenceModel.LongTable pairs = new SentenceModel.LongTable();
    private final Map<String, double[]> others = new HashMap<>();
    /** Per language, words seen with their stem and its weights; bounded, since texts are untrusted. */
    private final Map<ScreeningLanguage, Map<String, Stem>> words = Map.of(
            ScreeningLanguage.NL, new ConcurrentHashMap<>(), ScreeningLanguage.EN, new ConcurrentHashMap<>());
    private static final double[] NO_WEIGHTS = new double[0];

    ClauseModel(AbstractModel model) {
        this(model, THRESHOLDS);
    }

    /**
     * Compiles a trained model for evaluation without a string per word: a word's stem and its weights are found by the
     * word (cached), a pair's by the two stems' hashes. The sums and the softmax are OpenNLP's own ({@code QNModel.eval});
     * {@code ShippedModelTest} checks that both give the same probabilities.
     */
    @SuppressWarnings("unchecked")
    ClauseModel(AbstractModel model, Map<String, Double> reportFrom) {
        Object[] data = model.getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        outcomes = ((String[]) data[2]).clone();
        thresholds = SentenceModel.thresholds(outcomes, reportFrom);
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String name = feature.getKey();
            double[] weights = SentenceModel.dense(feature.getValue(), outcomes.length);
            if (name.startsWith("s=")) {
                stems.put(name.substring(2), weights);
            } else if (name.startsWith("b=")) {
                String rest = name.substring(2);
                int split = rest.indexOf('_');
                pairs.put(SentenceModel.pairKey(rest.substring(0, split), rest.substring(split + 1)), weights);
            } else {
                others.put(name, weights);
            }
        }
    }

    /** The shipped model, or null when the file is not on the class path. */
    static ClauseModel load() {
        AbstractModel model = MaxentFiles.read(RESOURCE);
        return model == null ? null : new ClauseModel(model);
    }

    /** Adds a finding for every clause the model judges to break a value with at least that value's threshold. */
    void scan(Text text, RuleSet rules, List<Finding> out) {
        double[] sums = new double[outcomes.length];
        for (Text.Sentence clause : clauses(text)) {
            double[] p = probabilities(text, clause, rules, sums);
            for (int o = 0; o < p.length; o++) {
                if (p[o] >= thresholds[o] && !SentenceModel.vetoed(text, clause, rules.modelUnless.get(outcomes[o]))) {
                    out.add(finding(text, clause, outcomes[o], rules.language));
                }
            }
        }
    }

    /** The probability per outcome (in the order of {@link #outcome}), for the tests. */
    double[] probabilities(Text text, Text.Sentence clause, RuleSet rules) {
        return probabilities(text, clause, rules, new double[outcomes.length]);
    }

    /** The probabilities OpenNLP gives for {@link #features}, summed in {@code sums}, which it reuses. */
    private double[] probabilities(Text text, Text.Sentence clause, RuleSet rules, double[] sums) {
        java.util.Arrays.fill(sums, 0);
        Map<String, Stem> cache = words.get(rules.language);
        String previous = START;
        for (int t = clause.firstToken(); t < clause.endToken(); t++) {
            Text.Token token = text.tokens.get(t);
            String stem;
            if (token.number()) {
                stem = NUMBER;
                SentenceModel.add(sums, stems.get(NUMBER));
                SentenceModel.add(sums, others.get(token.end() < text.value.length()
                        && text.value.charAt(token.end()) == '%' ? "k=percent" : "k=number"));
            } else {
                Stem known = cache.get(token.lower());
                if (known == null) {
                    String s = stem(rules.language, token.lower());
                    double[] weights = stems.get(s);
                    known = new Stem(s, weights == null ? NO_WEIGHTS : weights);
                    if (cache.size() < MAX_CACHED_STEMS) {
                        cache.put(token.lower(), known);
                    }
                }
                stem = known.stem;
                SentenceModel.add(sums, known.weights.length == 0 ? null : known.weights);
            }
            SentenceModel.add(sums, pairs.get(SentenceModel.pairKey(previous, stem)));
            previous = stem;
        }
        for (String shape : shape(text, clause)) {
            SentenceModel.add(sums, others.get(shape));
        }
        return SentenceModel.softmax(sums);
    }

    /** A word's stem and this model's weights for it. */
    private record Stem(String stem, double[] weights) {
    }

    String outcome(int index) {
        return outcomes[index];
    }

    static Finding finding(Text text, Text.Sentence clause, String value, ScreeningLanguage language) {
        String[] message = MESSAGES.get(value);
        String suggestion = SentenceModel.SUGGESTIONS.get(value)[language == ScreeningLanguage.NL ? 0 : 1];
        return Finding.at(text, clause.start(), clause.end(), value, value + ".clause-model", Severity.WARN, message[0],
                message[1], suggestion, null);
    }

    /**
     * The clauses of a text: each sentence cut before a conjunction that starts a clause and after ';', ':' or a dash
     * between words; a part of fewer than {@value #MIN_WORDS} words joins the part before it (or after it, at the start).
     * Sentences of fewer than {@value #MIN_WORDS} words are left out.
     */
    static List<Text.Sentence> clauses(Text text) {
        List<Text.Sentence> clauses = new ArrayList<>();
        for (Text.Sentence sentence : text.sentences) {
            if (sentence.words() < MIN_WORDS) {
                continue;
            }
            int first = sentence.firstToken();
            int from = clauses.size();
            for (int t = first + 1; t < sentence.endToken(); t++) {
                Text.Token token = text.tokens.get(t);
                if (CLAUSE_STARTS.contains(token.lower()) || breaksBetween(text.value, text.tokens.get(t - 1).end(), token.start())) {
                    add(text, clauses, from, first, t);
                    first = t;
                }
            }
            add(text, clauses, from, first, sentence.endToken());
        }
        return clauses;
    }

    private static void add(Text text, List<Text.Sentence> clauses, int sentenceFrom, int first, int end) {
        if (end - first < MIN_WORDS && clauses.size() > sentenceFrom) {
            Text.Sentence before = clauses.remove(clauses.size() - 1);
            first = before.firstToken();
        } else if (clauses.size() > sentenceFrom && clauses.get(clauses.size() - 1).words() < MIN_WORDS) {
            first = clauses.remove(clauses.size() - 1).firstToken();
        }
        clauses.add(new Text.Sentence(text.tokens.get(first).start(), text.tokens.get(end - 1).end(), first, end));
    }

    private static boolean breaksBetween(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ':' || c == '–' || c == '—'
                    || c == '-' && i > from && value.charAt(i - 1) == ' ' && i + 1 < to && value.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * The features of one clause: its stems ({@code s=}), pairs of stems ({@code b=}), the sentence rules' word groups
     * it holds ({@code g=rule#group}, the same names in both languages) and its shape ({@code k=}: where it stands in the
     * sentence, a number, a percentage, a question or exclamation mark).
     */
    static String[] features(Text text, Text.Sentence clause, ScreeningLanguage language) {
        List<String> features = new ArrayList<>(clause.words() * 2 + 8);
        String previous = START;
        for (int t = clause.firstToken(); t < clause.endToken(); t++) {
            Text.Token token = text.tokens.get(t);
            String stem = token.number() ? NUMBER : stem(language, token.lower());
            features.add("s=" + stem);
            features.add("b=" + previous + "_" + stem);
            previous = stem;
            if (token.number()) {
                features.add(token.end() < text.value.length() && text.value.charAt(token.end()) == '%' ? "k=percent" : "k=number");
            }
        }
        features.addAll(shape(text, clause));
        return features.toArray(new String[0]);
    }

    /** Where the clause stands in its sentence, and whether the sentence asks or exclaims. */
    private static List<String> shape(Text text, Text.Sentence clause) {
        Text.Sentence sentence = text.sentences.get(text.tokens.get(clause.firstToken()).sentence());
        boolean first = clause.firstToken() == sentence.firstToken();
        boolean last = clause.endToken() == sentence.endToken();
        String place = first && last ? "k=whole" : first ? "k=first" : last ? "k=last" : "k=middle";
        char end = text.value.charAt(Math.min(text.value.length(), sentence.end()) - 1);
        return end == '?' ? List.of(place, "k=?") : end == '!' ? List.of(place, "k=!") : List.of(place);
    }

    /** The Snowball stem of a lower-case word (OpenNLP's stemmers), cached. */
    static String stem(ScreeningLanguage language, String word) {
        Map<String, String> cache = STEMS.get(language);
        String stem = cache.get(word);
        if (stem == null) {
            stem = new SnowballStemmer(language == ScreeningLanguage.NL ? SnowballStemmer.ALGORITHM.DUTCH
                    : SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
            if (cache.size() < MAX_CACHED_STEMS) {
                cache.put(word, stem);
            }
        }
        return stem;
    }
}
