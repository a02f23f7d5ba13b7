package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Careful (zorgvuldig): the club or team someone plays for, made concrete: "bij korfbalvereniging Dindoa in Ermelo",
 * "de keeper van de JO12-1 bij de voetbalclub in Overvecht", "the under-13 team at the hockey club next to the park",
 * "the Zwolle chess club". Like a school, a concrete club or youth team points out a child, a client or a member of
 * staff to everyone who knows it. A club word (a word ending in club or vereniging, or a youth team such as JO12-1,
 * MO15, under-13, C-jeugd) is a finding when the sentence is about someone (he, she, his, her, a child or client word;
 * the writer too in a sensitive unit) and the club is named or placed: a capitalised word right after it, a
 * capitalised word before it ("the Zwolle chess club") or a place word with a capitalised word within four words after
 * it ("in Ermelo", "next to the Lunetten park"), or it is a youth team. Plain mentions ("sportclubs", "de voetbalclub
 * voor hem", "haar sportclub") are not: they point out nobody.
 */
final class Affiliations {

    private static final String[] CLUB_SUFFIXES = {"club", "clubje", "vereniging"};
    /** Clubs of the workplace or of a kind of people, not of a place: never a finding. */
    private static final Set<String> NOT_CLUBS = Text.wordSet("personeelsvereniging", "vakvereniging", "club", "clubje",
            "vereniging", "huiswerkclub", "kinderclub", "ondernemersvereniging", "bewonersvereniging");
    /** Youth teams: JO12-1, MO15, O13, under-13, u13, C-jeugd, B-junioren, F3 (only with a club word nearby). */
    private static final Pattern YOUTH_TEAM = Pattern.compile(
            "(jo|mo|o)\\d{1,2}(-\\d{1,2})?|under-?\\d{1,2}s?|u\\d{1,2}|[a-f]-(jeugd|junioren|pupillen)|[a-f]\\d");
    private static final Set<String> PLACE_WORDS = Text.wordSet("in", "bij", "te", "aan", "uit", "at", "near", "next", "naast",
            "from", "of", "van");
    private static final Set<String> ABOUT_SOMEONE = Text.wordSet("hij", "zij", "ze", "zijn", "haar", "hem", "he", "she",
            "his", "her", "him", "he's", "she's", "zoon", "dochter", "son", "daughter", "kind", "child", "jongen", "meisje", "boy", "girl");
    private static final Set<String> WRITER = Text.wordSet("ik", "mijn", "i", "my", "we", "wij");

    private Affiliations() {
    }

    static void scan(Text text, RuleSet rules, boolean sensitive, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        for (Text.Sentence sentence : text.sentences) {
            boolean aboutSomeone = false;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String word = tokens.get(t).lower();
                aboutSomeone |= ABOUT_SOMEONE.contains(word) || sensitive && WRITER.contains(word)
                        || (rules.detailContext.getOrDefault(word, 0) & RuleSet.MINOR) != 0;
            }
            if (!aboutSomeone) {
                continue;
            }
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Text.Token token = tokens.get(t);
                String word = token.lower();
                boolean youth = word.length() <= 12 && hasDigitOrHyphen(word) && YOUTH_TEAM.matcher(word).matches()
                        && (word.length() > 2 || clubNearby(text, sentence, t));
                boolean club = !youth && isClub(word, t, text, sentence);
                if (!youth && !club) {
                    continue;
                }
                int first = t;
                int last = t;
                if (club && t - 1 > sentence.firstToken() && tokens.get(t - 1).capitalized()) {
                    first = t - 1; // "the Zwolle club"
                } else if (club && t - 2 > sentence.firstToken() && tokens.get(t - 2).capitalized() && !tokens.get(t - 1).capitalized()
                        && word.equals("club")) {
                    first = t - 2; // "the Zwolle chess club"
                }
                while (last + 1 < sentence.endToken() && last - t < 3 && tokens.get(last + 1).capitalized()
                        && !tokens.get(last + 1).number()) {
                    last++; // its name: "Dindoa", "De Kraaien"
                }
                int place = placeAfter(text, sentence, last);
                if (place > 0) {
                    last = Math.max(last, place);
                }
                if (youth || first < t || last > t) {
                    out.add(Finding.at(text, tokens.get(first).start(), tokens.get(last).end(), Finding.CAREFUL,
                            "careful.club", sensitive ? Severity.BLOCK : Severity.WARN,
                            "Club of team met naam of plaats: maakt iemand herkenbaar voor wie de club kent.",
                            "A club or team with its name or place makes someone recognisable to everyone who knows the club.",
                            rules.language == ScreeningLanguage.NL ? "Laat de club en de plaats weg, of maak het algemeen (\"bij een sportclub\")."
                                    : "Leave the club and the place out, or make it general (\"at a sports club\").", null));
                    t = last;
                }
            }
        }
    }

    /** A cheap test before the youth-team pattern: every youth code has a digit or a hyphen. */
    private static boolean hasDigitOrHyphen(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isClub(String word, int t, Text text, Text.Sentence sentence) {
        if (NOT_CLUBS.contains(word)) {
            // "a club in Rotterdam-Zuid", "the hockey club next to the park": the bare word, placed
            return (word.equals("club") || word.equals("vereniging")) && t > sentence.firstToken();
        }
        return TraceableDetails.endsWithAny(word, CLUB_SUFFIXES);
    }

    /** Whether a club word or "team" stands within three words of a short youth code such as "F3". */
    private static boolean clubNearby(Text text, Text.Sentence sentence, int t) {
        for (int i = Math.max(sentence.firstToken(), t - 3); i < Math.min(sentence.endToken(), t + 4); i++) {
            String word = text.tokens.get(i).lower();
            boolean named = (word.equals("bij") || word.equals("van"))
                    && i + 1 < sentence.endToken() && text.tokens.get(i + 1).capitalized();
            if (i != t && (word.equals("team") || word.endsWith("club") || word.endsWith("vereniging") || named)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word within four words after the club, behind a place word: "in Ermelo", "next to the Lunetten park". */
    private static int placeAfter(Text text, Text.Sentence sentence, int t) {
        for (int i = t + 1; i < sentence.endToken() && i <= t + 2; i++) {
            if (!PLACE_WORDS.contains(text.tokens.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < sentence.endToken() && j <= i + 3; j++) {
                Text.Token next = text.tokens.get(j);
                if (next.capitalized() && !next.number()) {
                    return j;
                }
            }
        }
        return -1;
    }
}
