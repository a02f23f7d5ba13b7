package nl.jobbranding.content.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cost-conscious (kostenbewust): large amounts of money. An amount of {@value #LARGE} or more in a sentence that is
 * not about pay (salary, scale, gross) nor about the budget of the public task (a dike, a road, a project's budget) is
 * a warning: it may look lavish.
 */
final class Money {

    static final int LARGE = 10_000;

    private static final String NUMBER = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?";
    private static final String MULTIPLIER = "duizend|miljoen|miljard|thousand|million|billion|mln\\.?|mld\\.?|mio|bn|k";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?:€|EUR|\\$|£|USD|GBP)\\s?(?<n1>" + NUMBER + ")(?:\\s?(?<m1>" + MULTIPLIER + ")(?![\\p{L}]))?(?:,-)?)"
                    + "|(?:(?<![\\p{L}\\d.,])(?<n2>" + NUMBER + ")\\s?(?:(?<m2>" + MULTIPLIER + ")\\s)?(?:euros?|EUR|dollars?|pond|pounds)(?![\\p{L}]))"
                    + "|(?:(?<![\\p{L}\\d.,])(?<n3>" + NUMBER + ")\\s?(?<m3>k|K|mille|grand)(?![\\p{L}\\d]))"
                    + "|(?:(?<![\\p{L}])(?<w>\\p{L}{0,12}(?:tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd"
                    + "|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\\p{L}*[ -]?\\p{L}*(?:duizend|thousand))"
                    + "\\s(?:euros?|EUR|pond|pounds))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Set<String> CURRENCY_WORDS = Text.wordSet("euro", "euros", "eur", "usd", "gbp", "dollar", "dollars", "pond",
            "pounds", "mille", "grand");
    /** How far before and after a currency marker the amount may start or end. */
    private static final int WINDOW = 40;

    private Money() {
    }

    static void scan(Text text, RuleSet rules, List<Finding> out) {
        String s = text.value;
        Matcher matcher = AMOUNT.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int searchedTo = 0;
        for (int marker : currencyMarkers(text)) {
            int from = Math.max(searchedTo, marker - WINDOW);
            int to = Math.min(s.length(), marker + WINDOW);
            if (from >= to) {
                continue;
            }
            // What find() would do, trying the expression only where an amount can start (it tries every offset).
            boolean inWords = containsFolded(s, from, to, "duizend") || containsFolded(s, from, to, "thousand");
            for (int at = nextStart(s, from, to, inWords); at < to; at = nextStart(s, at, to, inWords)) {
                matcher.region(at, to);
                if (matcher.lookingAt()) {
                    searchedTo = Math.max(searchedTo, matcher.end());
                    report(text, rules, matcher, out);
                    at = matcher.end();
                } else {
                    at++;
                }
            }
        }
    }

    /**
     * The first offset from {@code at} where {@link #AMOUNT} can match: a currency sign, a digit that starts a number
     * (not after a letter, a digit, '.' or ','), the e, u or g of EUR, USD or GBP, or a letter that starts a word (an
     * amount in words). Elsewhere every alternative fails on its first character or its look-behind (an amount that
     * starts with a digit has no currency sign before it, so its look-behind rules out the digits inside a number:
     * "€1.000.000" is tried once, not at each of its digits). An amount in words needs "duizend" or "thousand" in the
     * window ({@code inWords}); without it a word's first letter is no start.
     */
    private static int nextStart(String s, int at, int to, boolean inWords) {
        for (int i = at; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (startsNumber(s, i)) {
                    return i;
                }
                continue;
            }
            if (c == '€' || c == '$' || c == '£') {
                return i;
            }
            switch (c) {
                case 'e', 'E', 'u', 'U', 'g', 'G' -> {
                    return i;
                }
                default -> {
                }
            }
            if (inWords && Character.isLetter(s.codePointAt(i)) && (i == 0 || !Character.isLetter(s.codePointBefore(i)))) {
                return i;
            }
        }
        return to;
    }

    /** Whether no letter, digit, '.' or ',' stands before this offset: the look-behind of an amount that starts with a number. */
    private static boolean startsNumber(String s, int i) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return !(before >= '0' && before <= '9' || before == '.' || before == ',' || Character.isLetter(s.codePointBefore(i)));
    }

    private static void report(Text text, RuleSet rules, Matcher matcher, List<Finding> out) {
        BigDecimal amount;
        if (matcher.group("w") != null) {
            amount = BigDecimal.valueOf(LARGE); // tien- to negenhonderdduizend: ten thousand or more
        } else {
            String number = matcher.group("n1") != null ? matcher.group("n1") : matcher.group("n2") != null ? matcher.group("n2")
                    : matcher.group("n3");
            String multiplier = matcher.group("n1") != null ? matcher.group("m1") : matcher.group("n2") != null ? matcher.group("m2")
                    : matcher.group("m3");
            amount = value(number, rules.language).multiply(factor(multiplier));
        }
        if (amount.compareTo(BigDecimal.valueOf(LARGE)) < 0) {
            return;
        }
        int first = text.firstTokenAtOrAfter(matcher.start());
        if (first < text.tokens.size() && (text.sentenceHasAny(text.tokens.get(first), rules.salaryContext)
                || text.sentenceHasAny(text.tokens.get(first), rules.publicTaskContext))) {
            return;
        }
        out.add(Finding.at(text, matcher.start(), matcher.end(), Finding.COST_CONSCIOUS, "cost-conscious.large-amount",
                Severity.WARN, "Groot bedrag: kan de indruk wekken dat er royaal met belastinggeld wordt omgegaan.",
                "A large amount of money may look like taxpayers' money spent lavishly.",
                rules.language == ScreeningLanguage.NL ? "Laat het bedrag weg of leg uit waarom het nodig was."
                        : "Leave the amount out or explain why it was needed.", null));
    }

    /** Offsets of currency signs and currency words, in text order: the only places an amount can be. */
    private static List<Integer> currencyMarkers(Text text) {
        List<Integer> markers = new ArrayList<>();
        String s = text.value;
        int next = 0;
        for (Text.Token token : text.tokens) {
            signs(s, next, token.start(), markers);
            next = token.end();
            String word = token.lower();
            if (CURRENCY_WORDS.contains(word) || word.length() >= 2 && word.length() <= 5 && word.endsWith("k")
                    && Character.isDigit(word.charAt(0)) && digitsThenK(word)) {
                markers.add(token.start());
            }
        }
        signs(s, next, s.length(), markers);
        return markers;
    }

    private static boolean digitsThenK(String word) {
        for (int i = 0; i < word.length() - 1; i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void signs(String s, int from, int to, List<Integer> markers) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '€' || c == '$' || c == '£') {
                markers.add(i);
            }
        }
    }

    /** Whether {@code word} (small letters) is in {@code s} between the offsets, in any case as the expression reads it. */
    private static boolean containsFolded(String s, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            int j = 0;
            while (j < word.length() && Character.toLowerCase(Character.toUpperCase(s.charAt(i + j))) == word.charAt(j)) {
                j++;
            }
            if (j == word.length()) {
                return true;
            }
        }
        return false;
    }

    /** Reads 25.000 and 25,000 as thousands; 2,5 and 2.5 as decimals. */
    static BigDecimal value(String number, ScreeningLanguage language) {
        String n = number;
        int dots = count(n, '.');
        int commas = count(n, ',');
        if (dots > 0 && commas > 0) {
            char decimal = n.lastIndexOf('.') > n.lastIndexOf(',') ? '.' : ',';
            n = n.replace(decimal == '.' ? "," : ".", "").replace(',', '.');
        } else if (dots + commas > 0) {
            char separator = dots > 0 ? '.' : ',';
            int last = n.lastIndexOf(separator);
            boolean thousands = dots + commas > 1 || n.length() - last - 1 == 3;
            n = thousands ? n.replace(String.valueOf(separator), "") : n.replace(separator, '.');
        }
        return new BigDecimal(n);
    }

    private static BigDecimal factor(String multiplier) {
        if (multiplier == null) {
            return BigDecimal.ONE;
        }
        String m = multiplier.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (m) {
            case "duizend", "thousand", "k", "mille", "grand" -> BigDecimal.valueOf(1_000);
            case "miljoen", "million", "mln", "mio" -> BigDecimal.valueOf(1_000_000);
            case "miljard", "billion", "mld", "bn" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
