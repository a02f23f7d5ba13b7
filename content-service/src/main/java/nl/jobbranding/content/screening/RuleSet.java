package nl.jobbranding.content.screening;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rule data of one language, read from {@code screening/<language>.json} on the class path and compiled once:
 * phrase rules, jargon with plain alternatives, and the word lists the built-in detectors use.
 */
final class RuleSet {

    /** The file format. */
    record RuleFile(String language, String version, List<RuleData> rules, List<SentenceRuleData> sentenceRules,
                    Map<String, String> jargon, Map<String, List<String>> words, Map<String, List<String>> modelUnless) {
    }

    /** A clause-level rule: every word group must have a word in the sentence, and no word of unless. */
    record SentenceRuleData(String code, String value, String severity, String sensitiveSeverity, Message message,
                            String suggestion, List<List<String>> all, List<String> unless,
                            List<String> unlessNearby, List<String> nearby) {
    }

    record RuleData(String code, String value, String severity, String sensitiveSeverity, boolean sensitiveOnly,
                    boolean caseSensitive, Message message, String suggestion, List<String> phrases,
                    List<String> exceptInSentence, List<String> notPrecededBy) {
    }

    record Message(String nl, String en) {
    }

    static final String RESOURCE_FOLDER = "screening/";
    static final int MINOR = 1;
    static final int STUDY = 2;
    static final int OFFICE = 4;
    static final int HOME = 8;
    static final int DWELLING = 16;
    static final int LIVING = 32;
    static final int INCIDENT = 64;
    static final int NEWS = 128;
    static final int FIRST_PERSON = 256;
    static final int GENERIC_YOU = 512;
    static final int THIRD_PERSON = 1024;

    final ScreeningLanguage language;
    final String version;
    final PhraseRules phrases = new PhraseRules();
    final SentenceRules sentences = new SentenceRules();
    final Set<String> personContext;
    /** Words right after a name that make it one: "the Haddou family". */
    final Set<String> familyWords;
    /** Words before a capitalised word that make it a place: "in", "naar", "de". */
    final Set<String> placeWords;
    /** Capitalised words that are surnames too, but mostly places, languages or institutions: "Arnhem", "Engels". */
    final Set<String> notNames;
    final Set<String> personTitles;
    final Set<String> nameParticles;
    final Set<String> bsnContext;
    final Set<String> salaryContext;
    final Set<String> publicTaskContext;
    final Set<String> functionalMailboxes;
    final Set<String> officeContext;
    final Set<String> homeContext;
    final Set<String> minorContext;
    final Set<String> dwellingContext;
    final Set<String> incidentContext;
    final Set<String> newsContext;
    final Set<String> studyContext;
    final Set<String> livingVerbs;
    final Set<String> firstPerson;
    final Set<String> numberWords;
    final Set<String> ageUnits;
    final Set<String> ageCues;
    /** A person the age that follows belongs to: "een meisje van zestien", "a boy of nine". */
    final Set<String> agedPersons;
    /**
     * Per value, words that veto the sentence model's finding in their sentence (a source or an opinion for
     * transparent, an invitation to everyone for just); {@code word*} stands for every word starting with it.
     */
    final Map<String, Set<String>> modelUnless = new HashMap<>();
    /** The context word lists TraceableDetails reads, as one map from word to flags: one look-up per word. */
    final Map<String, Integer> detailContext = new HashMap<>();

    private RuleSet(ScreeningLanguage language, RuleFile file) {
        this.language = language;
        this.version = file.version();
        for (RuleData data : file.rules()) {
            phrases.add(rule(data), data.phrases(), data.caseSensitive());
        }
        for (SentenceRuleData data : file.sentenceRules() == null ? List.<SentenceRuleData>of() : file.sentenceRules()) {
            if (data.code() == null || data.value() == null || data.severity() == null || data.message() == null || data.all() == null) {
                throw new IllegalStateException("Sentence rule " + data.code() + " needs code, value, severity, message and all");
            }
            sentences.add(new SentenceRules.Rule(data.code(), data.value(), Severity.of(data.severity()),
                    data.sensitiveSeverity() == null ? null : Severity.of(data.sensitiveSeverity()), data.message().nl(),
                    data.message().en(), data.suggestion(), data.all(), data.unless(),
                    data.unlessNearby() == null ? List.of() : data.unlessNearby(),
                    data.nearby() == null ? List.of() : data.nearby()));
        }
        PhraseRules.Rule jargon = new PhraseRules.Rule("language-level.jargon", Finding.LANGUAGE_LEVEL, Severity.INFO, null,
                false, "Vakjargon of ambtelijke taal: schrijf het woord dat de lezer zelf zou gebruiken.",
                "Jargon or officialese: write the word the reader would use.", null, Set.of(), List.of());
        file.jargon().forEach((phrase, plain) -> phrases.add(jargon, List.of(phrase + " => " + plain), false));
        this.personContext = words(file, "personContext");
        this.familyWords = words(file, "familyWords");
        this.placeWords = words(file, "placeWords");
        this.notNames = words(file, "notNames");
        this.personTitles = words(file, "personTitles");
        this.nameParticles = words(file, "nameParticles");
        this.bsnContext = words(file, "bsnContext");
        this.salaryContext = words(file, "salaryContext");
        this.publicTaskContext = words(file, "publicTaskContext");
        this.functionalMailboxes = words(file, "functionalMailboxes");
        this.officeContext = words(file, "officeContext");
        this.homeContext = words(file, "homeContext");
        this.minorContext = words(file, "minorContext");
        this.dwellingContext = words(file, "dwellingContext");
        this.incidentContext = words(file, "incidentContext");
        this.newsContext = words(file, "newsContext");
        this.studyContext = words(file, "studyContext");
        this.livingVerbs = words(file, "livingVerbs");
        this.firstPerson = words(file, "firstPerson");
        this.numberWords = words(file, "numberWords");
        this.ageUnits = words(file, "ageUnits");
        this.ageCues = words(file, "ageCues");
        this.agedPersons = words(file, "agedPersons");
        if (file.modelUnless() != null) {
            file.modelUnless().forEach((value, list) -> modelUnless.put(value, lower(list)));
        }
        flag(minorContext, MINOR);
        flag(studyContext, STUDY);
        flag(officeContext, OFFICE);
        flag(homeContext, HOME);
        flag(dwellingContext, DWELLING);
        flag(livingVerbs, LIVING);
        flag(incidentContext, INCIDENT);
        flag(newsContext, NEWS);
        flag(firstPerson, FIRST_PERSON);
        flag(words(file, "genericYou"), GENERIC_YOU);
        flag(words(file, "thirdPerson"), THIRD_PERSON);
    }

    private void flag(Set<String> words, int flag) {
        words.forEach(w -> detailContext.merge(w, flag, (a, b) -> a | b));
    }

    static RuleSet load(ScreeningLanguage language) {
        String resource = RESOURCE_FOLDER + language.code() + ".json";
        try (InputStream in = open(resource)) {
            RuleFile file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, RuleFile.class);
            if (!language.code().equals(file.language())) {
                throw new IllegalStateException(resource + " is for language '" + file.language() + "'");
            }
            return new RuleSet(language, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the screening rules " + resource, e);
        }
    }

    /** A word list file: one entry per line, # starts a comment. */
    static Set<String> wordList(String name) {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(RESOURCE_FOLDER + name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + name, e);
        }
        return java.util.Collections.unmodifiableSet(words);
    }

    private static InputStream open(String resource) {
        InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The screening rule data " + resource + " is missing from the class path");
        }
        return in;
    }

    private static PhraseRules.Rule rule(RuleData data) {
        if (data.code() == null || data.value() == null || data.severity() == null || data.message() == null
                || data.phrases() == null || data.phrases().isEmpty()) {
            throw new IllegalStateException("Screening rule " + data.code() + " needs code, value, severity, message and phrases");
        }
        return new PhraseRules.Rule(data.code(), data.value(), Severity.of(data.severity()),
                data.sensitiveSeverity() == null ? null : Severity.of(data.sensitiveSeverity()), data.sensitiveOnly(),
                data.message().nl(), data.message().en(), data.suggestion(),
                data.exceptInSentence() == null ? Set.of() : lower(data.exceptInSentence()),
                data.notPrecededBy() == null ? List.of() : List.copyOf(lower(data.notPrecededBy())));
    }

    private static Set<String> words(RuleFile file, String name) {
        List<String> list = file.words() == null ? null : file.words().get(name);
        if (list == null) {
            throw new IllegalStateException("The screening rules for " + file.language() + " lack the word list '" + name + "'");
        }
        return lower(list);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> result = new HashSet<>();
        words.forEach(w -> result.add(w.toLowerCase(Locale.ROOT)));
        return java.util.Collections.unmodifiableSet(result);
    }
}
