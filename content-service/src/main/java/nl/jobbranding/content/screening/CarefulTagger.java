package nl.jobbranding.content.screening;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

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

    /** The feature groups keyed by a word: the word itself, the two before and the two after it. */
    private static final List<String> WORD_SLOTS = List.of("w", "p1", "p2", "n1", "n2");
    private static final List<String> SHAPE_SLOTS = List.of("s", "ps", "ns");
    private static final String NUMBER = "<num>";
    private static final String START = "<s>";
    private static final String END = "</s>";

    private final AbstractModel model;
    private final int personal;
    private final double threshold;
    /**
     * The model compiled for evaluation without building a string per feature: per word its weights (personal minus
     * other) in each of {@link #WORD_SLOTS}, per shape in each of {@link #SHAPE_SLOTS}, per suffix, and the rest by
     * name. Two outcomes, so the probability is the logistic of the summed differences ({@code ShippedModelTest}
     * checks it against OpenNLP's own evaluation).
     */
    private final Map<String, double[]> words = new HashMap<>();
    private final Map<String, double[]> shapes = new HashMap<>();
    private final Map<String, Double> suffixes = new HashMap<>();
    private final Map<String, Double> others = new HashMap<>();
    /** The weights of {@link #others} the screen reads for every candidate, looked up once here. */
    private final double languageNl;
    private final double languageEn;
    private final double sensitiveWeight;
    private final double firstWeight;
    private final double firstNameWeight;
    private final double surnameWeight;
    private final double consentedWeight;
    private final double particleWeight;
    private final double[] punctuationAfter = new double[128];
    private final double[] punctuationBefore = new double[128];
    /** Per careful rule, the weight of "r=" and its code. */
    private final Map<String, Double> ruleWeights = new HashMap<>();
    /** The words' weights per word of a dictionary, resolved once (see {@link #bind}); null until bound. */
    private volatile Bound bound;

    /** Per word id of {@code lexicon}: the word's weights in each of {@link #WORD_SLOTS} (zeros when not a feature). */
    private record Bound(Lexicon lexicon, double[] weights) {
    }

    CarefulTagger(AbstractModel model, double threshold) {
        this.model = model;
        this.personal = model.getIndex(PERSONAL);
        this.threshold = threshold;
        int other = model.getIndex(OTHER);
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String name = feature.getKey();
            double weight = weight(feature.getValue(), personal) - weight(feature.getValue(), other);
            int eq = name.indexOf('=');
            String key = eq < 0 ? name : name.substring(0, eq);
            String rest = eq < 0 ? "" : name.substring(eq + 1);
            int slot = WORD_SLOTS.indexOf(key);
            if (slot >= 0) {
                words.computeIfAbsent(rest, w -> new double[WORD_SLOTS.size()])[slot] += weight;
            } else if (SHAPE_SLOTS.contains(key)) {
                shapes.computeIfAbsent(rest, w -> new double[SHAPE_SLOTS.size()])[SHAPE_SLOTS.indexOf(key)] += weight;
            } else if (key.equals("x")) {
                suffixes.put(rest, weight);
            } else {
                others.merge(name, weight, Double::sum);
            }
        }
        languageNl = other("l=nl");
        languageEn = other("l=en");
        sensitiveWeight = other("sens");
        firstWeight = other("first");
        firstNameWeight = other("fn");
        surnameWeight = other("sn");
        consentedWeight = other("cons");
        particleWeight = other("particle");
        for (int c = 0; c < 128; c++) {
            punctuationAfter[c] = other(PUNCTUATION_AFTER[c]);
            punctuationBefore[c] = other(PUNCTUATION_BEFORE[c]);
        }
        others.forEach((name, weight) -> {
            if (name.startsWith("r=")) {
                ruleWeights.put(name.substring(2), weight);
            }
        });
    }

    /** The words the model knows, for the screen's dictionary. */
    Set<String> words() {
        return java.util.Collections.unmodifiableSet(words.keySet());
    }

    /** Resolves every word of the dictionary to its weights, once: a text built with it is then read by id. */
    void bind(Lexicon lexicon) {
        int width = WORD_SLOTS.size();
        double[] weights = new double[lexicon.size() * width];
        for (int id = 0; id < lexicon.size(); id++) {
            double[] known = words.get(lexicon.word(id));
            if (known != null) {
                System.arraycopy(known, 0, weights, id * width, width);
            }
        }
        bound = new Bound(lexicon, weights);
    }

    private static double weight(Context context, int outcome) {
        double sum = 0;
        int[] outcomes = context.getOutcomes();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == outcome) {
                sum += context.getParameters()[i];
            }
        }
        return sum;
    }

    /** The shipped model, or null when the file is not on the class path. */
    static CarefulTagger load() {
        AbstractModel model = MaxentFiles.read(RESOURCE);
        return model == null ? null : new CarefulTagger(model, THRESHOLD);
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
        List<String>[] marks = marks(text, ruled);
        String[] shapeCache = new String[tokens.size()];
        int runStart = -1;
        int runEnd = -1;
        boolean runRuled = false;
        for (int t = 0; t <= tokens.size(); t++) {
            boolean tagged = t < tokens.size() && candidate(text, tokens.get(t))
                    && probability(text, t, rules, sensitive, marks, consented, names, shapeCache) >= threshold;
            boolean continues = tagged && runStart >= 0 && tokens.get(t).sentence() == tokens.get(runEnd).sentence()
                    && t == runEnd + 1;
            if (continues) {
                runEnd = t;
                runRuled |= marks[t] != null;
                continue;
            }
            if (runStart >= 0 && !runRuled) {
                report(text, rules, tokens.get(runStart).start(), tokens.get(runEnd).end(), out);
            }
            runStart = tagged ? t : -1;
            runEnd = t;
            runRuled = tagged && marks[t] != null;
        }
    }

    /** The probability that candidate word {@code t} is personal data: the features of {@link #features}, compiled. */
    double probability(Text text, int t, RuleSet rules, boolean sensitive, List<String>[] marks, Set<String> consented,
                       PersonalData names, String[] shapeCache) {
        List<Text.Token> tokens = text.tokens;
        Text.Token token = tokens.get(t);
        String lower = token.lower();
        Text.Sentence sentence = text.sentenceOf(token);
        Bound resolved = bound;
        double[] byId = resolved != null && text.ids != null && text.lexicon == resolved.lexicon() ? resolved.weights() : null;
        double sum = word(text, t, byId, 0) + shape(text, t, shapeCache, 0);
        if (lower.length() > 3) {
            sum += suffixes.getOrDefault(lower.substring(lower.length() - 3), 0.0);
        }
        sum += rules.language == ScreeningLanguage.NL ? languageNl : languageEn;
        sum += sensitive ? sensitiveWeight : 0;
        sum += t == sentence.firstToken() ? firstWeight : 0;
        sum += names.isKnownFirstName(lower) ? firstNameWeight : 0;
        sum += names.isKnownSurname(lower) ? surnameWeight : 0;
        sum += consented.contains(lower) ? consentedWeight : 0;
        sum += rules.nameParticles.contains(lower) ? particleWeight : 0;
        if (marks[t] != null) {
            for (String rule : marks[t]) {
                Double weight = ruleWeights.get(rule);
                sum += weight == null ? 0 : weight;
            }
        }
        for (int d = 1; d <= CONTEXT; d++) {
            int before = t - d;
            if (before >= sentence.firstToken()) {
                sum += tokens.get(before).number() ? word(NUMBER, d) : word(text, before, byId, d);
                sum += d == 1 ? shape(text, before, shapeCache, 1) : 0;
            } else if (before == sentence.firstToken() - 1) {
                sum += word(START, d);
            }
            int after = t + d;
            if (after < sentence.endToken()) {
                sum += tokens.get(after).number() ? word(NUMBER, CONTEXT + d) : word(text, after, byId, CONTEXT + d);
                sum += d == 1 ? shape(text, after, shapeCache, 2) : 0;
            } else if (after == sentence.endToken()) {
                sum += word(END, CONTEXT + d);
            }
        }
        if (token.end() < text.value.length()) {
            sum += punctuationAfter[punctuationIndex(text.value.charAt(token.end()))];
        }
        if (token.start() > 0) {
            sum += punctuationBefore[punctuationIndex(text.value.charAt(token.start() - 1))];
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** Word {@code t}'s weight in this slot: read by its id in the dictionary ({@code byId}, when bound) or looked up. */
    private double word(Text text, int t, double[] byId, int slot) {
        int id = byId == null ? Lexicon.UNKNOWN : text.ids[t];
        return id != Lexicon.UNKNOWN ? byId[id * WORD_SLOTS.size() + slot] : word(text.tokens.get(t).lower(), slot);
    }

    private double word(String word, int slot) {
        double[] weights = words.get(word);
        return weights == null ? 0 : weights[slot];
    }

    private double shape(Text text, int t, String[] cache, int slot) {
        if (cache[t] == null) {
            cache[t] = shape(text.value, text.tokens.get(t));
        }
        double[] weights = shapes.get(cache[t]);
        return weights == null ? 0 : weights[slot];
    }

    private double other(String name) {
        Double weight = others.get(name);
        return weight == null ? 0 : weight;
    }

    /** The names of the careful rules that found each word, or null: one pass over the findings, linear in their spans. */
    @SuppressWarnings("unchecked")
    static List<String>[] marks(Text text, List<Finding> ruled) {
        List<String>[] marks = new List[text.tokens.size()];
        for (Finding finding : ruled) {
            for (int t = text.firstTokenAtOrAfter(finding.start()); t < marks.length && text.tokens.get(t).start() < finding.end(); t++) {
                if (marks[t] == null) {
                    marks[t] = new ArrayList<>(2);
                }
                marks[t].add(finding.rule());
            }
        }
        return marks;
    }

    /** OpenNLP's own evaluation of the model on these features: for the test that the compiled form agrees. */
    double modelProbability(String[] features) {
        return model.eval(features)[personal];
    }

    private static void report(Text text, RuleSet rules, int start, int end, List<Finding> out) {
        boolean dutch = rules.language == ScreeningLanguage.NL;
        out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.tagger", Severity.WARN,
                "Mogelijk een naam of een detail waardoor iemand herkenbaar is, van iemand die geen toestemming gaf.",
                "This may be a name or a detail that makes someone recognisable, of someone who has not consented.",
                dutch ? "Laat de naam of het detail weg, of vraag toestemming." : "Leave out the name or the detail, or ask for consent.",
                null));
    }

    /** The features of the candidate word {@code t}, as the model is trained on them. */
    static String[] features(Text text, int t, RuleSet rules, boolean sensitive, List<String>[] marks,
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
        if (marks[t] != null) {
            marks[t].forEach(rule -> f.add("r=" + rule));
        }
        for (int d = 1; d <= CONTEXT; d++) {
            int before = t - d;
            if (before >= sentence.firstToken()) {
                Text.Token b = tokens.get(before);
                f.add("p" + d + "=" + (b.number() ? NUMBER : b.lower()));
                if (d == 1) {
                    f.add("ps=" + shape(text.value, b));
                }
            } else if (before == sentence.firstToken() - 1) {
                f.add("p" + d + "=" + START);
            }
            int after = t + d;
            if (after < sentence.endToken()) {
                Text.Token a = tokens.get(after);
                f.add("n" + d + "=" + (a.number() ? NUMBER : a.lower()));
                if (d == 1) {
                    f.add("ns=" + shape(text.value, a));
                }
            } else if (after == sentence.endToken()) {
                f.add("n" + d + "=" + END);
            }
        }
        if (token.end() < text.value.length()) {
            f.add(PUNCTUATION_AFTER[punctuationIndex(text.value.charAt(token.end()))]);
        }
        if (token.start() > 0) {
            f.add(PUNCTUATION_BEFORE[punctuationIndex(text.value.charAt(token.start() - 1))]);
        }
        return f.toArray(String[]::new);
    }

    /** The character next to a word as a feature: white space as '_', a letter or digit as 'a', other ASCII itself, the rest '?'. */
    private static int punctuationIndex(char c) {
        return Character.isWhitespace(c) ? '_' : Character.isLetterOrDigit(c) ? 'a' : c < 128 ? c : '?';
    }

    private static final String[] PUNCTUATION_AFTER = new String[128];
    private static final String[] PUNCTUATION_BEFORE = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            PUNCTUATION_AFTER[c] = "c=" + c;
            PUNCTUATION_BEFORE[c] = "b=" + c;
        }
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
}
