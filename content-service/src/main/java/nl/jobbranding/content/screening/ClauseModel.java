package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clause classifier for the soft values the rules miss in fresh wording (trained on just, cost-conscious,
 * transparent and tendentious; it reports the values in {@link #THRESHOLDS}): a maximum-entropy model (OpenNLP, trained like the sentence model) on each clause's Snowball stems (OpenNLP's Dutch and
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
    static final List<String> VALUES = List.of(Finding.JUST, Finding.COST_CONSCIOUS, Finding.TRANSPARENT,
            Finding.TENDENTIOUS);
    /**
     * The values it reports, from this probability: per value the threshold that {@code ClauseModelTraining}'s one rule
     * chooses on the whole screen's leave-one-batch-out cross-validation over 23 development batches (2026-12-01, with
     * cost-conscious trained and reported; best F1 among thresholds whose cross-validated precision is at most 0.02
     * under the screen's without the clause model): just 308 true / 32 false at 0.8 (299 / 30 without the clause
     * model), cost-conscious 236 / 20 at 0.7 (227 / 18: lavish spending said without an amount or a listed luxury
     * word), transparent 390 / 38 at 0.6 (363 / 29), tendentious 243 / 18 at 0.8 (232 / 14).
     */
    static final Map<String, Double> THRESHOLDS = Map.of(
            Finding.JUST, 0.8,
            Finding.COST_CONSCIOUS, 0.7,
            Finding.TRANSPARENT, 0.6,
            Finding.TENDENTIOUS, 0.8);
    static final int MIN_WORDS = 3;
    private static final Map<String, String[]> MESSAGES = Map.of(
            Finding.JUST, new String[] {
                    "Dit zinsdeel lijkt kandidaten uit te sluiten of een voorkeur te geven op leeftijd, geslacht, afkomst, geloof, gezondheid of gezinssituatie.",
                    "This clause seems to exclude or prefer candidates by age, gender, origin, religion, health or family situation."},
            Finding.TRANSPARENT, new String[] {
                    "Dit zinsdeel lijkt een bewering zonder bron of verborgen reclame.",
                    "This clause seems to state a claim without a source, or to advertise."},
            Finding.COST_CONSCIOUS, new String[] {
                    "Dit zinsdeel lijkt luxe of royale uitgaven te tonen: past niet bij zorgvuldig omgaan met belastinggeld.",
                    "This clause seems to show luxury or lavish spending, which does not fit careful use of taxpayers' money."},
            Finding.TENDENTIOUS, new String[] {
                    "Dit zinsdeel lijkt politiek gekleurd of polariserend.",
                    "This clause seems politically coloured or polarising."});
    /** Words that start a new clause inside a sentence. */
    private static final Set<String> CLAUSE_STARTS = Text.wordSet("maar", "want", "terwijl", "omdat", "dus", "zodat",
            "but", "because", "while", "whereas", "so", "although");
    private static final String NUMBER = "<num>";
    private static final String START = "<s>";
    private static final String[] PLACES = {"k=whole", "k=first", "k=last", "k=middle"};
    /**
     * Stems of words outside the screen's dictionary, per language: a small cache, one entry per slot (a word replaces
     * the one in its slot), since the words come from untrusted text; the dictionary's words have their stems in
     * {@link Lexicon}.
     */
    private static final int STEM_CACHE_SLOTS = 4096;
    /** Longer words are stemmed each time, so the cache holds at most a few hundred kB whatever the texts. */
    private static final int MAX_CACHED_WORD = 40;
    private static final Map<ScreeningLanguage, StemCache> STEMS = Map.of(ScreeningLanguage.NL,
            new StemCache(ScreeningLanguage.NL), ScreeningLanguage.EN, new StemCache(ScreeningLanguage.EN));

    private final String[] outcomes;
    private final double[] thresholds;
    /** Weights per stem ({@code s=}), per pair of stems by their string hashes ({@code b=}), per other feature by name. */
    private final Map<String, double[]> stems = new HashMap<>();
    private final Map<String, double[]> others = new HashMap<>();
    /** The pairs laid out flat for evaluation, and the weights of the features every clause or number reads. */
    private final SentenceModel.FlatTable flatPairs;
    private final double[] numberWeights;
    private final double[] numberKind;
    private final double[] percentKind;
    private final double[][] placeWeights = new double[PLACES.length][];
    private final double[] questionWeights;
    private final double[] exclamationWeights;
    /** The stems' hashes and weights per word of a dictionary, resolved once (see {@link #bind}); null until bound. */
    private volatile Bound bound;

    /**
     * Per language (by ordinal) and word id of {@code lexicon}: the hash of the word's stem ({@code hashes}, for the
     * pairs) and the stem's weights, {@code width} per id in {@code weights} where {@code known}.
     */
    private record Bound(Lexicon lexicon, int[][] hashes, boolean[][] known, double[][] weights) {
    }

    ClauseModel(AbstractModel model) {
        this(model, THRESHOLDS);
    }

    /**
     * Compiles a trained model for evaluation without a string per feature: a word of the screen's dictionary is read
     * by its id (its stem's hash and weights resolved once, {@link #bind}), any other word is stemmed and its stem's
     * weights looked up; a pair's weights are found by the two stems' hashes. The sums and the softmax are OpenNLP's
     * own ({@code QNModel.eval}); {@code ShippedModelTest} checks that both give the same probabilities.
     */
    @SuppressWarnings("unchecked")
    ClauseModel(AbstractModel model, Map<String, Double> reportFrom) {
        Object[] data = model.getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        outcomes = ((String[]) data[2]).clone();
        thresholds = SentenceModel.thresholds(outcomes, reportFrom);
        SentenceModel.LongTable pairs = new SentenceModel.LongTable();
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
        flatPairs = new SentenceModel.FlatTable(pairs, outcomes.length);
        numberWeights = stems.get(NUMBER);
        numberKind = others.get("k=number");
        percentKind = others.get("k=percent");
        for (int p = 0; p < PLACES.length; p++) {
            placeWeights[p] = others.get(PLACES[p]);
        }
        questionWeights = others.get("k=?");
        exclamationWeights = others.get("k=!");
    }

    /** Resolves every word of the dictionary to its stem's hash and weights, once: a text built with it is read by id. */
    void bind(Lexicon lexicon) {
        int width = outcomes.length;
        ScreeningLanguage[] languages = ScreeningLanguage.values();
        int[][] hashes = new int[languages.length][lexicon.size()];
        boolean[][] known = new boolean[languages.length][lexicon.size()];
        double[][] weights = new double[languages.length][lexicon.size() * width];
        for (ScreeningLanguage language : languages) {
            int l = language.ordinal();
            for (int id = 0; id < lexicon.size(); id++) {
                String stem = lexicon.stem(id, language);
                hashes[l][id] = stem.hashCode();
                double[] stemWeights = stems.get(stem);
                if (stemWeights != null) {
                    known[l][id] = true;
                    System.arraycopy(stemWeights, 0, weights[l], id * width, width);
                }
            }
        }
        bound = new Bound(lexicon, hashes, known, weights);
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

    /**
     * The probabilities OpenNLP gives for {@link #features}, summed in {@code sums}, which it reuses: in the same order
     * as OpenNLP, so to the last bit. A word of the dictionary is read by its id, any other word is stemmed.
     */
    private double[] probabilities(Text text, Text.Sentence clause, RuleSet rules, double[] sums) {
        java.util.Arrays.fill(sums, 0);
        ScreeningLanguage language = rules.language;
        Bound resolved = bound;
        boolean byId = resolved != null && text.ids != null && text.lexicon == resolved.lexicon();
        int[] hashes = byId ? resolved.hashes()[language.ordinal()] : null;
        boolean[] known = byId ? resolved.known()[language.ordinal()] : null;
        double[] weights = byId ? resolved.weights()[language.ordinal()] : null;
        int previous = START.hashCode();
        for (int t = clause.firstToken(); t < clause.endToken(); t++) {
            Text.Token token = text.tokens.get(t);
            int stem;
            if (token.number()) {
                stem = NUMBER.hashCode();
                SentenceModel.add(sums, numberWeights);
                SentenceModel.add(sums, token.end() < text.value.length() && text.value.charAt(token.end()) == '%'
                        ? percentKind : numberKind);
            } else {
                int id = byId ? text.ids[t] : Lexicon.UNKNOWN;
                if (id != Lexicon.UNKNOWN) {
                    stem = hashes[id];
                    if (known[id]) {
                        for (int o = 0, at = id * sums.length; o < sums.length; o++) {
                            sums[o] += weights[at + o];
                        }
                    }
                } else {
                    String s = stem(language, token.lower());
                    stem = s.hashCode();
                    SentenceModel.add(sums, stems.get(s));
                }
            }
            flatPairs.addTo(SentenceModel.pairKey(previous, stem), sums);
            previous = stem;
        }
        Text.Sentence sentence = text.sentences.get(text.tokens.get(clause.firstToken()).sentence());
        SentenceModel.add(sums, placeWeights[place(clause, sentence)]);
        char end = sentenceEnd(text, sentence);
        if (end == '?' || end == '!') {
            SentenceModel.add(sums, end == '?' ? questionWeights : exclamationWeights);
        }
        return SentenceModel.softmax(sums);
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
                int id = text.ids == null ? Lexicon.UNKNOWN : text.ids[t];
                if ((id != Lexicon.UNKNOWN ? text.lexicon.startsClause(id) : CLAUSE_STARTS.contains(token.lower()))
                        || breaksBetween(text.value, text.tokens.get(t - 1).end(), token.start())) {
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
        String place = PLACES[place(clause, sentence)];
        char end = sentenceEnd(text, sentence);
        return end == '?' ? List.of(place, "k=?") : end == '!' ? List.of(place, "k=!") : List.of(place);
    }

    /** The index in {@link #PLACES} of where the clause stands in its sentence. */
    private static int place(Text.Sentence clause, Text.Sentence sentence) {
        boolean first = clause.firstToken() == sentence.firstToken();
        boolean last = clause.endToken() == sentence.endToken();
        return first && last ? 0 : first ? 1 : last ? 2 : 3;
    }

    private static char sentenceEnd(Text text, Text.Sentence sentence) {
        return text.value.charAt(Math.min(text.value.length(), sentence.end()) - 1);
    }

    /** Whether this lower-case word starts a new clause inside a sentence. */
    static boolean startsClause(String word) {
        return CLAUSE_STARTS.contains(word);
    }

    /** The Snowball stem of a lower-case word (OpenNLP's stemmers); words seen recently come from a small cache. */
    static String stem(ScreeningLanguage language, String word) {
        return STEMS.get(language).stem(word);
    }

    /** The Snowball stem of a lower-case word, computed (the word itself when it is its own stem). */
    static String snowball(ScreeningLanguage language, String word) {
        String stem = new SnowballStemmer(language == ScreeningLanguage.NL ? SnowballStemmer.ALGORITHM.DUTCH
                : SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
        return stem.equals(word) ? word : stem;
    }

    /**
     * Stems by word in a fixed number of slots, each holding the last word stemmed there: bounded whatever the text,
     * and safe to share between threads (an entry is immutable; a lost write only costs a stemming).
     */
    private static final class StemCache {
        private final ScreeningLanguage language;
        private final Entry[] slots = new Entry[STEM_CACHE_SLOTS];

        private record Entry(String word, String stem) {
        }

        StemCache(ScreeningLanguage language) {
            this.language = language;
        }

        String stem(String word) {
            int hash = word.hashCode();
            int slot = (hash ^ hash >>> 16) & (STEM_CACHE_SLOTS - 1);
            Entry entry = slots[slot];
            if (entry != null && entry.word().equals(word)) {
                return entry.stem();
            }
            String stem = snowball(language, word);
            if (word.length() <= MAX_CACHED_WORD) {
                slots[slot] = new Entry(word, stem);
            }
            return stem;
        }
    }
}
