package nl.jobbranding.content.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase rules, compiled once. Every phrase starts with a whole word (or a group of alternative words, or a number
 * written as {@code \d}), its trigger; the rest is a regular expression. A text is scanned word by word: only the
 * phrases whose trigger is the current word are tried, anchored at that word, so the cost grows with the text, not
 * with the number of rules.
 */
final class PhraseRules {

    /** What a finding of a rule says and weighs. */
    record Rule(String code, String value, Severity severity, Severity sensitiveSeverity, boolean sensitiveOnly,
                String messageNl, String messageEn, String suggestion, Set<String> exceptInSentence,
                List<String> notPrecededBy) {

        Severity severityFor(boolean sensitiveUnit) {
            return sensitiveUnit && sensitiveSeverity != null ? sensitiveSeverity : severity;
        }
    }

    /** A phrase; {@code index} numbers its pattern, so a scan keeps one matcher per pattern in an array. */
    private record Phrase(Rule rule, Pattern pattern, int index, String suggestion) {
    }

    static final String NUMBER = "#number";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+(?:-[\\p{L}\\p{N}]+)*");
    private static final int WINDOW = 250;

    private final Map<String, List<Phrase>> byTrigger = new HashMap<>();
    private int patterns;
    /** The phrases per word of a dictionary that holds every trigger (see {@link #bind}); null until bound. */
    private volatile Bound bound;

    private record Bound(Lexicon lexicon, List<Phrase>[] phrases) {
    }

    /** The trigger words, for the screen's dictionary. */
    Set<String> words() {
        return java.util.Collections.unmodifiableSet(byTrigger.keySet());
    }

    /**
     * Resolves every word of the dictionary, which must hold {@link #words()}, to the phrases it triggers: a text built
     * with it is then read by id, and a word not in it triggers nothing.
     */
    @SuppressWarnings("unchecked")
    void bind(Lexicon lexicon) {
        List<Phrase>[] phrases = new List[lexicon.size()];
        for (int id = 0; id < phrases.length; id++) {
            phrases[id] = byTrigger.get(lexicon.word(id));
        }
        bound = new Bound(lexicon, phrases);
    }

    /** Adds a rule with its phrases; a phrase with its own suggestion is written {@code phrase => suggestion}. */
    void add(Rule rule, List<String> phrases, boolean caseSensitive) {
        for (String written : phrases) {
            String phrase = written;
            String suggestion = rule.suggestion();
            int arrow = written.indexOf(" => ");
            if (arrow > 0) {
                phrase = written.substring(0, arrow);
                suggestion = written.substring(arrow + 4);
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile("(?:" + flexibleSpaces(phrase) + ")(?![\\p{L}\\p{N}])",
                        caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Rule " + rule.code() + ": phrase '" + phrase + "' is not a valid expression: "
                        + e.getMessage(), e);
            }
            int index = patterns++;
            for (String trigger : triggers(rule.code(), phrase)) {
                byTrigger.computeIfAbsent(trigger, t -> new ArrayList<>()).add(new Phrase(rule, pattern, index, suggestion));
            }
        }
    }

    /** Adds literal phrases (a campaign's own terms): matched as whole words in any case, never as expressions. */
    void addLiteral(Rule rule, String literal) {
        String[] words = literal.trim().split("\\s+");
        StringBuilder expression = new StringBuilder();
        for (String word : words) {
            if (!expression.isEmpty()) {
                expression.append(' ');
            }
            expression.append(Pattern.quote(word));
        }
        Pattern pattern = Pattern.compile("(?:" + flexibleSpaces(expression.toString()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher first = WORD.matcher(words[0]);
        String trigger = first.lookingAt() ? first.group().toLowerCase(Locale.ROOT) : words[0].toLowerCase(Locale.ROOT);
        byTrigger.computeIfAbsent(trigger, t -> new ArrayList<>()).add(new Phrase(rule, pattern, patterns++, rule.suggestion()));
    }

    void scan(Text text, boolean sensitiveUnit, List<Finding> out) {
        if (byTrigger.isEmpty()) {
            return;
        }
        Matcher[] matchers = new Matcher[patterns];
        Bound resolved = bound;
        List<Phrase>[] byId = resolved != null && text.ids != null && text.lexicon == resolved.lexicon() ? resolved.phrases() : null;
        for (int t = 0; t < text.tokens.size(); t++) {
            Text.Token token = text.tokens.get(t);
            List<Phrase> triggered;
            if (byId != null) {
                int id = text.ids[t];
                triggered = id == Lexicon.UNKNOWN ? null : byId[id];
            } else {
                triggered = byTrigger.get(token.lower());
            }
            tryAll(triggered, text, token, sensitiveUnit, matchers, out);
            if (Character.isDigit(token.lower().charAt(0))) {
                tryAll(byTrigger.get(NUMBER), text, token, sensitiveUnit, matchers, out);
            }
        }
    }

    private static void tryAll(List<Phrase> phrases, Text text, Text.Token token, boolean sensitiveUnit,
                               Matcher[] matchers, List<Finding> out) {
        if (phrases == null) {
            return;
        }
        for (Phrase phrase : phrases) {
            Rule rule = phrase.rule();
            if (rule.sensitiveOnly() && !sensitiveUnit) {
                continue;
            }
            Matcher matcher = matchers[phrase.index()];
            if (matcher == null) {
                matcher = phrase.pattern().matcher(text.value);
                matchers[phrase.index()] = matcher;
            }
            matcher.region(token.start(), Math.min(text.value.length(), token.start() + WINDOW));
            if (!matcher.lookingAt() || text.sentenceHasAny(token, rule.exceptInSentence())
                    || precededBy(text, token.start(), rule.notPrecededBy())) {
                continue;
            }
            out.add(Finding.at(text, token.start(), matcher.end(), rule.value(), rule.code(), rule.severityFor(sensitiveUnit),
                    rule.messageNl(), rule.messageEn(), phrase.suggestion(), null));
        }
    }

    private static boolean precededBy(Text text, int start, List<String> phrases) {
        if (phrases.isEmpty()) {
            return false;
        }
        String before = text.value.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT).stripTrailing();
        for (String phrase : phrases) {
            if (before.endsWith(phrase) && (before.length() == phrase.length()
                    || !Character.isLetterOrDigit(before.charAt(before.length() - phrase.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The words a phrase can start with; refuses phrases that do not start with a whole word. */
    static List<String> triggers(String code, String phrase) {
        if (phrase.startsWith("\\d")) {
            return List.of(NUMBER);
        }
        List<String> words = new ArrayList<>();
        String rest;
        if (phrase.startsWith("(")) {
            int close = phrase.indexOf(')');
            if (close < 0) {
                throw new IllegalArgumentException("Rule " + code + ": unbalanced group in phrase '" + phrase + "'");
            }
            for (String alternative : phrase.substring(1, close).split("\\|")) {
                words.add(word(code, phrase, alternative));
            }
            rest = phrase.substring(close + 1);
        } else {
            Matcher matcher = WORD.matcher(phrase);
            if (!matcher.lookingAt()) {
                throw new IllegalArgumentException("Rule " + code + ": phrase '" + phrase + "' must start with a word");
            }
            words.add(matcher.group().toLowerCase(Locale.ROOT));
            rest = phrase.substring(matcher.end());
        }
        if (!rest.isEmpty() && rest.charAt(0) != ' ' && !rest.startsWith("\\.") && !rest.startsWith("\\s")
                && !rest.startsWith("\\-") && rest.charAt(0) != '-' && rest.charAt(0) != '\'') {
            throw new IllegalArgumentException("Rule " + code + ": phrase '" + phrase + "' must start with a whole word; "
                    + "write each form of the first word out (for example '(jong|jonge) team')");
        }
        return words;
    }

    private static String word(String code, String phrase, String candidate) {
        if (!WORD.matcher(candidate).matches()) {
            throw new IllegalArgumentException("Rule " + code + ": phrase '" + phrase + "' must start with words, not '"
                    + candidate + "'");
        }
        return candidate.toLowerCase(Locale.ROOT);
    }

    /** A space in a phrase matches any run of white space (a line break included), except inside [...]. */
    private static String flexibleSpaces(String phrase) {
        StringBuilder result = new StringBuilder(phrase.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\' && i + 1 < phrase.length()) {
                result.append(c).append(phrase.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            result.append(c == ' ' && !inClass ? "\\s+" : String.valueOf(c));
        }
        return result.toString();
    }
}
