package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Set;

/**
 * Careful (zorgvuldig): the route of staff of a sensitive unit to work. "Elke ochtend fiets ik vanuit Wapenveld over de
 * dijk naar mijn werk", "ik neem het pontje bij Schoonhoven", "I take the 7:12 train from Heerhugowaard": where and when
 * someone travels makes a prison officer or prosecutor findable. Only in a sensitive unit's stories, in a sentence of
 * the writer (ik, mijn, I, my) with a way of travelling (fietsen, trein, pont, cycle, train, ferry, drive, commute) and
 * a place the route starts at or passes (vanuit, langs, bij, from, along, near + a capitalised word) or a clock time
 * beside the means of transport ("the 7:12 train"). The office's town after "naar"/"to" alone is not a route.
 */
final class Commutes {

    private static final Set<String> MEANS = Text.wordSet("fiets", "fietsen", "fietste", "fietsten", "rijd", "rijden",
            "reed", "pont", "pontje", "veerpont", "trein", "treinen", "bus", "metro", "tram", "forens", "forenzen", "rit",
            "cycle", "cycles", "cycled", "cycling", "bike", "ride", "drive", "drove", "train", "ferry", "commute", "commuting");
    private static final Set<String> ROUTE_WORDS = Text.wordSet("vanuit", "langs", "bij", "via", "vanaf", "from", "along",
            "near", "past");
    /** Route words that only count right after the means of transport: "het pontje bij Schoonhoven". */
    private static final Set<String> NEAR_MEANS = Text.wordSet("bij", "near");
    private static final Set<String> WRITER = Text.wordSet("ik", "mijn", "i", "my", "i'm");

    private Commutes() {
    }

    static void scan(Text text, RuleSet rules, boolean sensitive, List<Finding> out) {
        if (!sensitive) {
            return;
        }
        List<Text.Token> tokens = text.tokens;
        for (Text.Sentence sentence : text.sentences) {
            int means = -1;
            boolean writer = false;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String word = tokens.get(t).lower();
                writer |= WRITER.contains(word);
                if (means < 0 && MEANS.contains(word)) {
                    means = t;
                }
            }
            if (!writer || means < 0) {
                continue;
            }
            int first = means;
            int last = -1;
            for (int t = sentence.firstToken() + 1; t < sentence.endToken(); t++) {
                Text.Token token = tokens.get(t);
                if (ROUTE_WORDS.contains(token.lower()) && (!NEAR_MEANS.contains(token.lower()) || t > means && t - means <= 2)) {
                    for (int j = t + 1; j < sentence.endToken() && j <= t + 3; j++) {
                        if (tokens.get(j).capitalized() && !tokens.get(j).number()) {
                            first = Math.min(first, t);
                            last = Math.max(last, j);
                            break;
                        }
                    }
                } else if (Math.abs(t - means) <= 2 && clockTime(text, token)) {
                    first = Math.min(first, t);
                    last = Math.max(last, Math.max(t, means));
                }
            }
            if (last >= 0) {
                last = Math.max(last, means);
                out.add(Finding.at(text, tokens.get(first).start(), tokens.get(last).end(), Finding.CAREFUL,
                        "careful.route-to-work", Severity.BLOCK,
                        "Route of reistijd naar het werk van een medewerker van een gevoelig onderdeel: maakt die persoon vindbaar.",
                        "The route or time of a sensitive unit's staff member to work makes that person findable.",
                        rules.language == ScreeningLanguage.NL ? "Laat de plaats en de tijd van de reis weg."
                                : "Leave the place and the time of the journey out.", null));
            }
        }
    }

    /** A clock time such as 7:12 or 6.45 (the token is the number; the separator and minutes follow it). */
    private static boolean clockTime(Text text, Text.Token token) {
        if (!token.number()) {
            return false;
        }
        String s = text.value;
        int end = token.end();
        String word = s.substring(token.start(), end);
        return word.matches("\\d{1,2}[:.]\\d{2}")
                || end + 2 < s.length() && s.charAt(end) == ':' && Character.isDigit(s.charAt(end + 1)) && Character.isDigit(s.charAt(end + 2));
    }
}
