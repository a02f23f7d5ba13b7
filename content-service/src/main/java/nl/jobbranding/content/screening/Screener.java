package nl.jobbranding.content.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The automated pre-screen of a story against the values. Build it once ({@link #load()} compiles the rule data of
 * every language); {@link #screen} is thread-safe and keeps no state between calls. It depends on nothing but the JDK,
 * libphonenumber, Jackson (to read its rule data) and the rule data under {@code screening/} on the class path.
 */
public final class Screener {

    /** Findings of one rule listed per screening; the rest are counted in {@link ScreeningResult#omitted()}. */
    public static final int MAX_FINDINGS_PER_RULE = 20;

    private static final List<String> FIELD_ORDER = List.of("title", "summary", "body");
    /** Field (title, summary, body), start, rule, channel: written out, without boxing a key per comparison. */
    private static final Comparator<Finding> IN_TEXT_ORDER = Screener::compareInText;
    /** Most severe first, then the longest, then in text order. */
    private static final Comparator<Finding> STRONGEST_FIRST = (a, b) -> {
        int bySeverity = a.severity().compareTo(b.severity());
        if (bySeverity != 0) {
            return bySeverity;
        }
        int byLength = Integer.compare(a.start() - a.end(), b.start() - b.end());
        return byLength != 0 ? byLength : compareInText(a, b);
    };

    private static int compareInText(Finding a, Finding b) {
        int c = Integer.compare(FIELD_ORDER.indexOf(a.field()), FIELD_ORDER.indexOf(b.field()));
        if (c == 0) {
            c = Integer.compare(a.start(), b.start());
        }
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = (a.channel() == null ? "" : a.channel()).compareTo(b.channel() == null ? "" : b.channel());
        }
        return c;
    }

    private final Map<ScreeningLanguage, RuleSet> rules = new EnumMap<>(ScreeningLanguage.class);
    private final PersonalData personalData;
    /** The sentence model for the soft values, or null when none is shipped. */
    private final SentenceModel sentenceModel;
    /**
     * The clause model for just, cost-conscious, transparent and tendentious in fresh wording, or null when none is
     * shipped.
     */
    private final ClauseModel clauseModel;
    /** The careful tagger, or null when none is shipped (or a screen is built without one). */
    private final CarefulTagger carefulTagger;
    private final String version;
    /** Every word the detectors name, each text's words looked up in it once (see {@link Lexicon}). */
    private final Lexicon lexicon;

    private Screener(CarefulTagger carefulTagger, boolean withTagger) {
        for (ScreeningLanguage language : ScreeningLanguage.values()) {
            rules.put(language, RuleSet.load(language));
        }
        personalData = new PersonalData(RuleSet.wordList("first-names.txt"), RuleSet.wordList("surnames.txt"));
        sentenceModel = SentenceModel.load();
        clauseModel = ClauseModel.load();
        List<java.util.Collection<String>> words = new ArrayList<>();
        rules.values().forEach(r -> {
            words.add(r.sentences.words());
            words.add(r.phrases.words());
        });
        if (sentenceModel != null) {
            words.add(sentenceModel.words());
        }
        if (carefulTagger != null && withTagger) {
            words.add(carefulTagger.words());
        }
        lexicon = Lexicon.of(words);
        rules.values().forEach(r -> {
            r.sentences.bind(lexicon);
            r.phrases.bind(lexicon);
        });
        if (sentenceModel != null) {
            sentenceModel.bind(lexicon);
        }
        if (clauseModel != null) {
            clauseModel.bind(lexicon);
        }
        this.carefulTagger = withTagger ? carefulTagger : null;
        if (this.carefulTagger != null) {
            this.carefulTagger.bind(lexicon);
        }
        StringBuilder versions = new StringBuilder();
        rules.values().forEach(r -> versions.append(versions.isEmpty() ? "" : "+").append(r.language.code()).append('-')
                .append(r.version));
        version = versions.toString();
    }

    /** Reads and compiles the rule data; fails at once on a malformed rule. */
    public static Screener load() {
        return new Screener(CarefulTagger.load(), true);
    }

    private Screener(Screener base, CarefulTagger carefulTagger, SentenceModel sentenceModel, ClauseModel clauseModel) {
        rules.putAll(base.rules);
        personalData = base.personalData;
        this.sentenceModel = sentenceModel;
        this.clauseModel = clauseModel;
        this.carefulTagger = carefulTagger;
        version = base.version;
        lexicon = base.lexicon;
        if (sentenceModel != null && sentenceModel != base.sentenceModel) {
            sentenceModel.bind(lexicon);
        }
        if (clauseModel != null && clauseModel != base.clauseModel) {
            clauseModel.bind(lexicon);
        }
        if (carefulTagger != null && carefulTagger != base.carefulTagger) {
            carefulTagger.bind(lexicon);
        }
    }

    /** This screen with another careful tagger (none when null), sharing its compiled rules: to train and compare it. */
    Screener withCarefulTagger(CarefulTagger tagger) {
        return new Screener(this, tagger, sentenceModel, clauseModel);
    }

    /** This screen with another sentence model (none when null), sharing its compiled rules: to cross-validate it. */
    Screener withSentenceModel(SentenceModel model) {
        return new Screener(this, carefulTagger, model, clauseModel);
    }

    /** This screen with another clause model (none when null), sharing its compiled rules: to cross-validate it. */
    Screener withClauseModel(ClauseModel model) {
        return new Screener(this, carefulTagger, sentenceModel, model);
    }

    /** The version of the rule data, stored with every screening. */
    public String version() {
        return version;
    }

    public ScreeningResult screen(ScreeningInput input) {
        RuleSet language = rules.get(input.language());
        PhraseRules terms = campaignTerms(input);
        List<Set<String>> consented = PersonalData.consentedNames(input.consentedNames(), language.nameParticles);
        Set<String> consentedWords = new HashSet<>();
        consented.forEach(consentedWords::addAll);
        List<Finding> found = new ArrayList<>();
        Text body = Text.of("body", input.body(), lexicon);
        for (Text text : List.of(Text.of("title", input.title(), lexicon), Text.of("summary", input.summary(), lexicon), body)) {
            if (text.value.isEmpty()) {
                continue;
            }
            scanRules(text, language, terms, input.sensitiveUnit(), consented, found);
            if (carefulTagger != null) {
                carefulTagger.scan(text, language, input.sensitiveUnit(), carefulFindings(found, text), consentedWords,
                        personalData, found);
            }
            if (sentenceModel != null) {
                sentenceModel.scan(text, language, found);
            }
            if (clauseModel != null) {
                clauseModel.scan(text, language, found);
            }
        }
        ScreeningResult.Readability readability = LanguageLevel.scan(body, input.language(),
                LanguageLevel.targetLevel(input.channels()), found);
        ChannelFit.scan(body, input.markdown(), input.mediaCount(), input.channels(), found);
        List<ScreeningResult.Omitted> omitted = new ArrayList<>();
        List<Finding> listed = capPerRule(strongestPerPlace(found), omitted);
        return new ScreeningResult(version, listed, readability, omitted);
    }

    private void scanRules(Text text, RuleSet language, PhraseRules terms, boolean sensitive, List<Set<String>> consented,
                           List<Finding> found) {
        personalData.scan(text, language, sensitive, consented, found);
        TraceableDetails.scan(text, language, sensitive, found);
        LocatedPeople.scan(text, language, sensitive, found);
        Affiliations.scan(text, language, sensitive, found);
        Commutes.scan(text, language, sensitive, found);
        Money.scan(text, language, found);
        language.phrases.scan(text, sensitive, found);
        language.sentences.scan(text, sensitive, found);
        terms.scan(text, sensitive, found);
    }

    /** The careful tagger's features of every candidate word of one field, as the screen computes them: to train it. */
    List<String[]> carefulFeatures(ScreeningInput input, Text text, List<Integer> candidates) {
        return carefulFeatures(input, text, candidates, null);
    }

    /**
     * The same, and in {@code compiled} (when given) the shipped tagger's probability for each candidate as the screen
     * computes it: to test that it agrees with OpenNLP's evaluation of the features.
     */
    List<String[]> carefulFeatures(ScreeningInput input, Text text, List<Integer> candidates, List<Double> compiled) {
        RuleSet language = rules.get(input.language());
        List<Set<String>> consented = PersonalData.consentedNames(input.consentedNames(), language.nameParticles);
        Set<String> consentedWords = new HashSet<>();
        consented.forEach(consentedWords::addAll);
        List<Finding> found = new ArrayList<>();
        scanRules(text, language, campaignTerms(input), input.sensitiveUnit(), consented, found);
        List<String>[] marks = CarefulTagger.marks(text, carefulFindings(found, text));
        String[] shapes = new String[text.tokens.size()];
        List<String[]> features = new ArrayList<>();
        for (int t = 0; t < text.tokens.size(); t++) {
            if (CarefulTagger.candidate(text, text.tokens.get(t))) {
                candidates.add(t);
                features.add(CarefulTagger.features(text, t, language, input.sensitiveUnit(), marks, consentedWords,
                        personalData));
                if (compiled != null) {
                    compiled.add(carefulTagger.probability(text, t, language, input.sensitiveUnit(), marks, consentedWords,
                            personalData, shapes));
                }
            }
        }
        return features;
    }

    CarefulTagger carefulTagger() {
        return carefulTagger;
    }

    /** The careful findings of the rules on this text so far. */
    static List<Finding> carefulFindings(List<Finding> found, Text text) {
        List<Finding> careful = new ArrayList<>();
        for (Finding finding : found) {
            if (Finding.CAREFUL.equals(finding.value()) && finding.field().equals(text.field)) {
                careful.add(finding);
            }
        }
        return careful;
    }

    /**
     * Of findings on the same value whose spans overlap, keeps the most severe (then the longest, then the first). The
     * kept spans of one value and field never overlap, so a sorted map per value and field answers "does it overlap a
     * kept one" from its two neighbours: n log n, not n squared.
     */
    private static List<Finding> strongestPerPlace(List<Finding> found) {
        List<Finding> ordered = new ArrayList<>(found);
        ordered.sort(STRONGEST_FIRST);
        List<Finding> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, TreeMap<Integer, Finding>> keptByPlace = new HashMap<>();
        for (Finding finding : ordered) {
            boolean merges = finding.channel() == null && !Finding.LANGUAGE_LEVEL.equals(finding.value());
            TreeMap<Integer, Finding> place = merges
                    ? keptByPlace.computeIfAbsent(finding.value() + "@" + finding.field(), k -> new TreeMap<>()) : null;
            if (place != null && overlapsAny(place, finding) || !ids.add(finding.id())) {
                continue;
            }
            kept.add(finding);
            if (place != null) {
                place.put(finding.start(), finding);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    private static boolean overlapsAny(TreeMap<Integer, Finding> disjoint, Finding finding) {
        Map.Entry<Integer, Finding> before = disjoint.floorEntry(finding.start());
        Map.Entry<Integer, Finding> after = disjoint.higherEntry(finding.start());
        return before != null && before.getValue().end() > finding.start()
                || after != null && after.getKey() < finding.end();
    }

    /** Keeps the first {@value #MAX_FINDINGS_PER_RULE} findings of each rule in text order and counts the rest. */
    private static List<Finding> capPerRule(List<Finding> ordered, List<ScreeningResult.Omitted> omitted) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, int[]> rest = new LinkedHashMap<>();
        Map<String, Finding> example = new HashMap<>();
        List<Finding> kept = new ArrayList<>(Math.min(ordered.size(), 256));
        for (Finding finding : ordered) {
            if (seen.merge(finding.rule(), 1, Integer::sum) <= MAX_FINDINGS_PER_RULE) {
                kept.add(finding);
            } else {
                String key = finding.rule() + " " + finding.severity();
                rest.computeIfAbsent(key, k -> new int[1])[0]++;
                example.putIfAbsent(key, finding);
            }
        }
        rest.forEach((key, count) -> {
            Finding f = example.get(key);
            omitted.add(new ScreeningResult.Omitted(f.rule(), f.value(), f.severity(), count[0]));
        });
        return kept;
    }

    private static PhraseRules campaignTerms(ScreeningInput input) {
        PhraseRules terms = new PhraseRules();
        for (Term term : input.terms()) {
            if (term.language() != null && !term.language().toLowerCase(Locale.ROOT).equals(input.language().code())) {
                continue;
            }
            String note = term.note() == null ? "" : " " + term.note();
            terms.addLiteral(new PhraseRules.Rule("campaign-term", term.value(), term.severity(), null, false,
                    "Term die de campagne heeft aangewezen." + note, "A term the campaign has marked." + note, null,
                    Set.of(), List.of()), term.phrase());
        }
        return terms;
    }
}
