package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Set;

/**
 * Careful (zorgvuldig): details that make a person traceable without naming them. For clients, victims, detainees and
 * minors anywhere, for staff of a sensitive unit too: a school's name, a street in a sentence about where someone lives
 * or about an incident, where someone lives, an age in a sentence about a child or client, an incident with a place
 * or a time that makes it recognisable. The word lists are in the rule data ({@code words}).
 */
final class TraceableDetails {

    private static final String[] SCHOOL_SUFFIXES = {"school", "college", "lyceum", "gymnasium", "schule"};
    private static final Set<String> SCHOOL_WORDS = Text.wordSet("basisschool", "obs", "cbs", "pcbs", "rkbs", "school", "college",
            "lyceum", "gymnasium", "primary", "secondary", "middelbare");
    private static final Set<String> NOT_SCHOOLS = Text.wordSet("hogeschool", "politieacademie", "universiteit", "university",
            "highschool", "hbo", "mbo");
    private static final String[] STREET_SUFFIXES = {"straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dreef",
            "steeg", "plantsoen", "burgwal", "weerd", "hof", "street", "road", "avenue", "lane", "drive", "close", "crescent"};

    private static final Set<String> PLACE_PREPOSITIONS = Text.wordSet("in", "op", "aan", "te", "bij", "on", "at", "near", "along",
            "outside", "buiten", "nabij");
    private static final Set<String> COUNTRIES = Text.wordSet("nederland", "netherlands", "holland", "europa", "europe");
    private static final Set<String> ARTICLES = Text.wordSet("de", "het", "een", "the", "a");
    private static final Set<String> COUNTED = Text.wordSet("keer", "times", "uur", "hours", "minuten", "minutes", "dagen", "days",
            "weken", "weeks", "maanden", "months", "euro", "euros", "procent", "percent", "kilo", "km", "meter", "metres");

    private TraceableDetails() {
    }

    static void scan(Text text, RuleSet rules, boolean sensitive, List<Finding> out) {
        Severity severity = sensitive ? Severity.BLOCK : Severity.WARN;
        List<Text.Token> tokens = text.tokens;
        for (Text.Sentence sentence : text.sentences) {
            int context = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                context |= rules.detailContext.getOrDefault(tokens.get(t).lower(), 0);
            }
            boolean minors = (context & RuleSet.MINOR) != 0;
            boolean study = (context & RuleSet.STUDY) != 0;
            boolean office = (context & RuleSet.OFFICE) != 0 && (context & RuleSet.HOME) == 0;
            boolean home = (context & (RuleSet.HOME | RuleSet.DWELLING | RuleSet.LIVING)) != 0;
            boolean incident = (context & RuleSet.INCIDENT) != 0;
            boolean news = (context & RuleSet.NEWS) != 0;
            boolean firstPerson = (context & RuleSet.FIRST_PERSON) != 0;
            boolean genericYou = (context & RuleSet.GENERIC_YOU) != 0;
            boolean someone = (context & (RuleSet.FIRST_PERSON | RuleSet.THIRD_PERSON)) != 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Text.Token token = tokens.get(t);
                boolean inside = t > sentence.firstToken();
                if (!study && token.capitalized() && school(text, rules, sentence, t, severity, out)) {
                    continue;
                }
                if (token.capitalized() && inside && !office && (home || incident) && endsWithAny(token.lower(), STREET_SUFFIXES)) {
                    add(text, rules, token.start(), token.end(), "careful.traceable-street", severity,
                            "Straat bij een verhaal over iemands woning of een voorval: maakt die persoon vindbaar.",
                            "A street in a story about someone's home or an incident makes that person findable.", out);
                    continue;
                }
                if (rules.livingVerbs.contains(token.lower()) && (sensitive || !firstPerson) && !genericYou) {
                    int place = placeAfter(text, sentence, t, 8);
                    if (place > 0) {
                        add(text, rules, token.start(), tokens.get(place).end(), "careful.place-of-living", severity,
                                "Waar iemand woont: maakt die persoon vindbaar.", "Where someone lives makes that person findable.", out);
                        t = place;
                        continue;
                    }
                }
                if (subjectAge(text, rules, sentence, t)) {
                    int end = t + 1 < sentence.endToken() && rules.ageUnits.contains(tokens.get(t + 1).lower())
                            ? tokens.get(t + 1).end() : token.end();
                    add(text, rules, token.start(), end, "careful.age", severity,
                            "Leeftijd van iemand over wie het verhaal gaat: maakt die persoon herkenbaar.",
                            "The age of someone the story is about makes that person recognisable.", out);
                    continue;
                }
                if (((minors || sensitive && someone) && age(text, rules, sentence, t)) || agedPerson(text, rules, sentence, t)) {
                    int end = t + 1 < sentence.endToken() && rules.ageUnits.contains(tokens.get(t + 1).lower())
                            ? tokens.get(t + 1).end() : token.end();
                    add(text, rules, token.start(), end, "careful.age", severity,
                            "Leeftijd bij een verhaal over een kind, cliënt of medewerker van een gevoelig onderdeel: maakt herkenbaar.",
                            "An age in a story about a child, a client or staff of a sensitive unit makes them recognisable.", out);
                }
            }
            if (incident && news) {
                add(text, rules, sentence.start(), sentence.end(), "careful.recognisable-incident", severity,
                        "Herkenbaar voorval (plaats, tijd, nieuws): maakt betrokkenen vindbaar.",
                        "A recognisable incident (place, time, news) makes the people involved findable.", out);
            }
        }
    }

    /** A school's name: "Kranenburgcollege", "basisschool De Vlinderboom", "De Regenboog primary school". */
    private static boolean school(Text text, RuleSet rules, Text.Sentence sentence, int t, Severity severity, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        Text.Token token = tokens.get(t);
        String word = token.lower();
        if (NOT_SCHOOLS.contains(word)) {
            return false;
        }
        int first = t;
        int last = -1;
        if (endsWithAny(word, SCHOOL_SUFFIXES) && !SCHOOL_WORDS.contains(word)) {
            last = t;
        } else if (SCHOOL_WORDS.contains(word) || t + 1 < sentence.endToken() && SCHOOL_WORDS.contains(tokens.get(t + 1).lower())) {
            int run = t;
            while (run + 1 < sentence.endToken() && run - t < 4 && tokens.get(run + 1).capitalized()) {
                run++;
            }
            if (run > t && SCHOOL_WORDS.contains(word)) {
                last = run;
            } else if (run == t + 1 && SCHOOL_WORDS.contains(tokens.get(run).lower()) && tokens.get(run).lower().length() > 4
                    && !ARTICLES.contains(word)
                    && t > sentence.firstToken()) {
                last = run; // "het Vaartsche Lyceum", "the Stedelijk Gymnasium"
            } else {
                int s = t;
                while (s + 1 < sentence.endToken() && tokens.get(s + 1).capitalized() && s - t < 3) {
                    s++;
                }
                if (s + 1 < sentence.endToken() && SCHOOL_WORDS.contains(tokens.get(s + 1).lower())
                        && !tokens.get(s + 1).capitalized()) {
                    last = s + 1 < sentence.endToken() && tokens.get(s + 1).lower().equals("primary") && s + 2 < sentence.endToken()
                            ? s + 2 : s + 1;
                }
            }
        }
        if (last < 0 || !namesSomething(text, first, last)) {
            return false;
        }
        add(text, rules, tokens.get(first).start(), tokens.get(last).end(), "careful.school", severity,
                "Naam van een school: maakt een kind of gezin vindbaar.", "A school's name makes a child or family findable.", out);
        return true;
    }

    /** Whether a span holds a capitalised word that is not an article nor a school word: the school's own name. */
    private static boolean namesSomething(Text text, int first, int last) {
        for (int i = first; i <= last; i++) {
            Text.Token token = text.tokens.get(i);
            if (token.capitalized() && !ARTICLES.contains(token.lower()) && !SCHOOL_WORDS.contains(token.lower())
                    || endsWithAny(token.lower(), SCHOOL_SUFFIXES) && !SCHOOL_WORDS.contains(token.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean age(Text text, RuleSet rules, Text.Sentence sentence, int t) {
        Text.Token token = text.tokens.get(t);
        boolean number = token.number() && token.lower().length() <= 2 || rules.numberWords.contains(token.lower());
        if (!number) {
            return false;
        }
        String next = t + 1 < sentence.endToken() ? text.tokens.get(t + 1).lower() : "";
        String after = t + 2 < sentence.endToken() ? text.tokens.get(t + 2).lower() : "";
        boolean unit = rules.ageUnits.contains(next);
        boolean old = unit && (after.equals("oud") || after.equals("old")) || next.endsWith("-jarige") || next.endsWith("year-old")
                || next.equals("jarige");
        boolean cue = t > sentence.firstToken() && rules.ageCues.contains(text.tokens.get(t - 1).lower()) && !unit
                && !COUNTED.contains(next);
        return old || cue;
    }

    /**
     * An age right after a person and "van" or "of": "een meisje van zestien", "haar dochter van negen", "a boy of
     * nine": the person and the age together, in any story.
     */
    private static boolean agedPerson(Text text, RuleSet rules, Text.Sentence sentence, int t) {
        Text.Token token = text.tokens.get(t);
        if (t < sentence.firstToken() + 2 || !(token.number() && token.lower().length() <= 2 && token.lower().charAt(0) != '0'
                || rules.numberWords.contains(token.lower()))) {
            return false;
        }
        String of = text.tokens.get(t - 1).lower();
        String next = t + 1 < sentence.endToken() ? text.tokens.get(t + 1).lower() : "";
        return (of.equals("van") || of.equals("of")) && rules.agedPersons.contains(text.tokens.get(t - 2).lower())
                && !COUNTED.contains(next);
    }

    /** A singular person as the subject of "is", "was" and the like, and the cues contracted with one. */
    private static final Set<String> SINGULAR_SUBJECTS = Text.wordSet("hij", "zij", "ze", "he", "she");
    private static final Set<String> SUBJECT_CUES = Text.wordSet("is", "was", "wordt", "werd", "turned", "turns");
    private static final Set<String> CONTRACTED_SUBJECTS = Text.wordSet("he's", "she's");
    /** The words that may follow an age that closes its clause: "is 68 en", "was 80 and", "turns 60 today". */
    private static final Set<String> AFTER_AN_AGE = Text.wordSet("en", "and", "maar", "but", "vandaag", "today", "nu", "now",
            "geworden");

    /**
     * An age as what a singular person is: "Ze is 68, weduwe", "He was 80 and shaking", "He's 14,", "Mrs Jansen is 94
     * and", "meneer De Wit is 91 en", in any story. The subject is "hij", "zij"/"ze", "he" or "she", or a name after a
     * title; the number (10 to 99, or a number word) closes its clause: the sentence ends, a comma follows, or "en",
     * "and", "today", or "jaar (oud)" / "years old". Not "hij is 40 uur per week", "she was 20 minutes late", "the team
     * is 14 strong", "het is 12 graden".
     */
    private static boolean subjectAge(Text text, RuleSet rules, Text.Sentence sentence, int t) {
        List<Text.Token> tokens = text.tokens;
        Text.Token token = tokens.get(t);
        boolean number = token.number() && token.lower().length() == 2 && token.lower().charAt(0) != '0'
                || rules.numberWords.contains(token.lower());
        if (!number || t < sentence.firstToken() + 1) {
            return false;
        }
        String cue = tokens.get(t - 1).lower();
        boolean subject = CONTRACTED_SUBJECTS.contains(cue);
        if (!subject && SUBJECT_CUES.contains(cue) && t - 2 >= sentence.firstToken()) {
            subject = SINGULAR_SUBJECTS.contains(tokens.get(t - 2).lower()) || titledName(text, rules, sentence, t - 2);
        }
        if (!subject || !text.value.startsWith(" ", token.start() - 1)) {
            return false;
        }
        if (t + 1 == sentence.endToken()) {
            return true;
        }
        String s = text.value;
        if (token.end() < s.length() && (s.charAt(token.end()) == ',' || s.charAt(token.end()) == ';')) {
            return true;
        }
        String next = tokens.get(t + 1).lower();
        if (tokens.get(t + 1).start() != token.end() + 1) {
            return false;
        }
        if (AFTER_AN_AGE.contains(next)) {
            return true;
        }
        if (!rules.ageUnits.contains(next)) {
            return false;
        }
        Text.Token unit = tokens.get(t + 1);
        if (t + 2 == sentence.endToken() || unit.end() < s.length() && s.charAt(unit.end()) == ',') {
            return true;
        }
        String after = tokens.get(t + 2).lower();
        return after.equals("oud") || after.equals("old") || AFTER_AN_AGE.contains(after);
    }

    /** Whether token {@code i} ends a name after a title: "Mrs Jansen", "meneer De Wit", "mevrouw van der Berg". */
    private static boolean titledName(Text text, RuleSet rules, Text.Sentence sentence, int i) {
        List<Text.Token> tokens = text.tokens;
        if (!tokens.get(i).capitalized() || tokens.get(i).number()) {
            return false;
        }
        for (int b = i - 1; b >= sentence.firstToken() && b >= i - 4; b--) {
            String word = tokens.get(b).lower();
            if (rules.personTitles.contains(word)) {
                return true;
            }
            if (!tokens.get(b).capitalized() && !rules.nameParticles.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** The place after a living verb: a capitalised word right after in, op, aan, te, bij, on, at, near, along. */
    private static int placeAfter(Text text, Text.Sentence sentence, int t, int within) {
        for (int i = t + 1; i + 1 < sentence.endToken() && i <= t + within; i++) {
            Text.Token next = text.tokens.get(i + 1);
            if (PLACE_PREPOSITIONS.contains(text.tokens.get(i).lower()) && next.capitalized() && !next.number()
                    && !COUNTRIES.contains(next.lower())) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the word ends in one of the suffixes with at least three letters before it. */
    static boolean endsWithAny(String word, String[] suffixes) {
        for (String suffix : suffixes) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static void add(Text text, RuleSet rules, int start, int end, String rule, Severity severity, String nl, String en, List<Finding> out) {
        out.add(Finding.at(text, start, end, Finding.CAREFUL, rule, severity, nl, en, rules.language == ScreeningLanguage.NL
                ? "Laat het detail weg of maak het algemeen." : "Leave the detail out or make it general.", null));
    }
}
