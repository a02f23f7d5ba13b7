package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Set;

/**
 * Careful (zorgvuldig): a person pointed out by where they are rather than by name: "de weduwe in het witte huis naast de
 * molen in Zuidoostbeemster", "the dairy farmer at the end of Kerkweg", "de mevrouw die boven de bakkerij in Oss woont".
 * A sentence about a person or a home (not an office) that holds a relative place (next to, opposite, above, behind, on
 * the corner, at the end, on the edge) and a named place after a preposition (in, aan, op, at, on, of ..., also with an
 * article): the finding runs from the one to the other. Outside a sensitive unit the writer's own home is left alone (a
 * first-person sentence about a home without another person in it).
 */
final class LocatedPeople {

    private static final Set<String> RELATIVE_PLACES = Text.wordSet("naast", "tegenover", "boven", "achter", "hoek", "hoekje",
            "eind", "einde", "rand", "next", "opposite", "above", "behind", "corner", "end", "edge");
    private static final Set<String> PEOPLE = Text.wordSet("vrouw", "man", "mevrouw", "meneer", "weduwe", "weduwnaar",
            "boer", "boerin", "gezin", "familie", "jongen", "meisje", "moeder", "vader", "buurvrouw", "buurman", "bewoner",
            "bewoners", "eigenaar", "eigenaresse", "woman", "lady", "widow", "widower", "farmer", "family", "boy", "girl",
            "mother", "father", "neighbour", "neighbor", "resident", "residents", "owner");
    private static final Set<String> HOMES = Text.wordSet("huis", "huisje", "woning", "boerderij", "hoekhuis", "flat", "woonboot",
            "house", "home", "farmhouse", "cottage", "houseboat");
    private static final Set<String> ARTICLES = Text.wordSet("de", "het", "the");
    private static final Set<String> PREPOSITIONS = Text.wordSet("in", "aan", "op", "van", "bij", "te", "at", "on", "of", "near",
            "off");

    private LocatedPeople() {
    }

    static void scan(Text text, RuleSet rules, boolean sensitive, List<Finding> out) {
        List<Text.Token> tokens = text.tokens;
        java.util.BitSet careful = null;
        for (Text.Sentence sentence : text.sentences) {
            int relative = -1;
            for (int t = sentence.firstToken(); t < sentence.endToken() && relative < 0; t++) {
                if (RELATIVE_PLACES.contains(tokens.get(t).lower())) {
                    relative = t;
                }
            }
            if (relative < 0) {
                continue; // most sentences: no relative place, nothing else to look up
            }
            boolean person = false;
            boolean home = false;
            int context = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                String word = tokens.get(t).lower();
                context |= rules.detailContext.getOrDefault(word, 0);
                person |= PEOPLE.contains(word);
                home |= HOMES.contains(word);
            }
            boolean office = (context & RuleSet.OFFICE) != 0 && (context & RuleSet.HOME) == 0;
            boolean firstPerson = (context & RuleSet.FIRST_PERSON) != 0;
            // The writer's own home outside a sensitive unit is theirs to tell; someone else pointed out is not.
            if (!person && !home || office || !sensitive && !person && firstPerson) {
                continue;
            }
            int place = -1;
            for (int t = sentence.firstToken() + 1; t < sentence.endToken(); t++) {
                Text.Token token = tokens.get(t);
                if (token.capitalized() && !token.number() && token.end() - token.start() > 1
                        && (PREPOSITIONS.contains(tokens.get(t - 1).lower()) || t - 2 >= sentence.firstToken()
                        && ARTICLES.contains(tokens.get(t - 1).lower()) && PREPOSITIONS.contains(tokens.get(t - 2).lower()))
                        && (place < 0 || Math.abs(t - relative) < Math.abs(place - relative))) {
                    place = t;
                }
            }
            if (place < 0 || Math.abs(place - relative) > 12) {
                continue;
            }
            int start = tokens.get(Math.min(place, relative)).start();
            int end = tokens.get(Math.max(place, relative)).end();
            if (careful == null) {
                careful = new java.util.BitSet(text.value.length());
                for (Finding f : out) {
                    if (Finding.CAREFUL.equals(f.value()) && text.field.equals(f.field())) {
                        careful.set(f.start(), f.end());
                    }
                }
            }
            int covered = careful.nextSetBit(start);
            if (covered >= 0 && covered < end) {
                continue;
            }
            out.add(Finding.at(text, start, end, Finding.CAREFUL, "careful.located-person",
                    sensitive ? Severity.BLOCK : Severity.WARN,
                    "Iemand aangewezen met een plek (naast, tegenover, boven, op de hoek, in een genoemde plaats): maakt die persoon vindbaar.",
                    "Someone pointed out by a place (next to, opposite, above, on the corner, in a named place) makes that person findable.",
                    rules.language == ScreeningLanguage.NL ? "Laat het detail weg of maak het algemeen."
                            : "Leave the detail out or make it general.", null));
        }
    }
}
