package nl.jobbranding.content.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clause-level rules: a sentence breaks a value when it holds a word of every one of the rule's word groups (in any
 * order), and none of its "unless" words. A group is a lexicon: for example protected attributes ("twintigers",
 * "geboren", "zwanger") and, as a second group, words that make the sentence a preference or an exclusion about the
 * person sought ("voorkeur", "geschikt", "you're"). Words stand for their forms: {@code jong*} is every word starting
 * with "jong"; a term of several words matches those words in a row; {@code %} matches a number written with a percent
 * sign. This carries meaning across wordings where a phrase list only knows the phrasings it was written for.
 * <p>
 * A text is scanned once: every token is looked up in a map of whole words and a map of prefixes (one lookup per
 * prefix length), so the cost grows with the text, not with the number of rules or words.
 */
final class SentenceRules {

    /**
     * A rule: all {@code groups} must have a word in the sentence, and no word of {@code unless}; a word of
     * {@code unlessNearby} (a source named just before: "the 2024 survey ... Six in ten ...") vetoes it in its own
     * sentence and the {@value #NEARBY} sentences after it. When {@code nearby} is not empty, one of its words must be
     * in the sentence or the {@value #NEARBY} before it: "We zoeken een kandidaat ... Hij ..." (the candidate).
     */
    record Rule(String code, String value, Severity severity, Severity sensitiveSeverity, String messageNl,
                String messageEn, String suggestion, List<List<String>> groups, List<String> unless,
                List<String> unlessNearby, List<String> nearby) {
        Rule(String code, String value, Severity severity, Severity sensitiveSeverity, String messageNl,
             String messageEn, String suggestion, List<List<String>> groups, List<String> unless) {
            this(code, value, severity, sensitiveSeverity, messageNl, messageEn, suggestion, groups, unless, List.of(), List.of());
        }
    }

    /** Sentences after one naming a source in which that source still vetoes a rule's finding. */
    static final int NEARBY = 2;
    private static final int UNLESS = -1;
    private static final int UNLESS_NEARBY = -2;
    private static final int NEARBY_GROUP = -3;

    /**
     * One term of a rule: the bits of the word groups it belongs to, and in {@code kinds} whether it is an "unless"
     * word ({@link #KIND_UNLESS}), an "unless nearby" word or a "nearby" word; the words after the first, for
     * multi-word terms. The single-word terms of one rule under the same word are one term (a common word such as
     * "het" is in many groups), so a word marks each rule once.
     */
    private record Term(int rule, int groups, int kinds, String[] rest, boolean[] restPrefix) {
        Term merge(Term other) {
            return new Term(rule, groups | other.groups, kinds | other.kinds, rest, restPrefix);
        }
    }

    private static final int KIND_UNLESS = 1;
    private static final int KIND_UNLESS_NEARBY = 2;
    private static final int KIND_NEARBY = 4;

    private static final int MIN_PREFIX = 3;
    static final String PERCENT = "%";

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, List<Term>> words = new HashMap<>();
    private final PrefixNode prefixes = new PrefixNode();
    private final List<Term> percent = new ArrayList<>();
    /** The terms per word of a dictionary, resolved once (see {@link #bind}); null until bound. */
    private volatile Bound bound;

    /**
     * Per word id of {@code lexicon}, every term the word marks, in the order a look-up marks them (its whole-word
     * terms, then its prefix terms from the shortest prefix), packed in one array: the terms of word {@code id} are
     * {@code packed[from[id]]} to {@code packed[from[id + 1]]}, each a single-word term's rule, groups and kinds in one
     * long ({@link #pack}), or the index of a multi-word term in {@code multi} with {@link #MULTI} set.
     */
    private record Bound(Lexicon lexicon, int[] from, long[] packed, Term[] multi) {
    }

    private static final long MULTI = 1L << 62;

    private static long pack(Term term) {
        return (long) term.kinds() << 48 | (long) term.rule() << 32 | term.groups() & 0xffffffffL;
    }

    /** A trie of the prefix terms: a word is walked once, character by character, without building substrings. */
    private static final class PrefixNode {
        private char[] keys = new char[0];
        private PrefixNode[] children = new PrefixNode[0];
        private List<Term> terms;

        PrefixNode child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        PrefixNode add(char c) {
            PrefixNode existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = java.util.Arrays.copyOf(keys, keys.length + 1);
            children = java.util.Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            children[children.length - 1] = new PrefixNode();
            return children[children.length - 1];
        }
    }

    void add(Rule rule) {
        if (rule.groups() == null || rule.groups().isEmpty() || rule.groups().size() > 31) {
            throw new IllegalArgumentException("Sentence rule " + rule.code() + " needs 1 to 31 word groups");
        }
        if (rules.size() > 0xffff) {
            throw new IllegalArgumentException("More than 65,535 sentence rules");
        }
        int index = rules.size();
        rules.add(rule);
        for (int g = 0; g < rule.groups().size(); g++) {
            if (rule.groups().get(g).isEmpty()) {
                throw new IllegalArgumentException("Sentence rule " + rule.code() + ": word group " + g + " is empty");
            }
            for (String term : rule.groups().get(g)) {
                index(rule.code(), index, g, term);
            }
        }
        for (String term : rule.unless() == null ? List.<String>of() : rule.unless()) {
            index(rule.code(), index, UNLESS, term);
        }
        for (String term : rule.unlessNearby() == null ? List.<String>of() : rule.unlessNearby()) {
            index(rule.code(), index, UNLESS_NEARBY, term);
        }
        for (String term : rule.nearby() == null ? List.<String>of() : rule.nearby()) {
            index(rule.code(), index, NEARBY_GROUP, term);
        }
    }

    private void index(String code, int rule, int group, String written) {
        String[] parts = written.trim().toLowerCase(Locale.ROOT).split("\\s+");
        int groups = group >= 0 ? 1 << group : 0;
        int kinds = group == UNLESS ? KIND_UNLESS : group == UNLESS_NEARBY ? KIND_UNLESS_NEARBY : group == NEARBY_GROUP ? KIND_NEARBY : 0;
        if (parts[0].equals(PERCENT) && parts.length == 1) {
            addTerm(percent, new Term(rule, groups, kinds, new String[0], new boolean[0]));
            return;
        }
        String[] rest = new String[parts.length - 1];
        boolean[] restPrefix = new boolean[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            restPrefix[i - 1] = parts[i].endsWith("*");
            rest[i - 1] = restPrefix[i - 1] ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
        }
        Term term = new Term(rule, groups, kinds, rest, restPrefix);
        String first = parts[0];
        if (first.endsWith("*")) {
            String prefix = first.substring(0, first.length() - 1);
            if (prefix.length() < MIN_PREFIX) {
                throw new IllegalArgumentException("Sentence rule " + code + ": '" + written + "' is too short a prefix");
            }
            PrefixNode node = prefixes;
            for (int i = 0; i < prefix.length(); i++) {
                node = node.add(prefix.charAt(i));
            }
            if (node.terms == null) {
                node.terms = new ArrayList<>();
            }
            addTerm(node.terms, term);
        } else {
            addTerm(words.computeIfAbsent(first, w -> new ArrayList<>()), term);
        }
    }

    /** Adds a term, or merges a single-word term into the rule's single-word term already there (same marks, in order). */
    private static void addTerm(List<Term> terms, Term term) {
        if (term.rest().length == 0) {
            for (int i = 0; i < terms.size(); i++) {
                Term existing = terms.get(i);
                if (existing.rule() == term.rule() && existing.rest().length == 0) {
                    terms.set(i, existing.merge(term));
                    return;
                }
            }
        }
        terms.add(term);
    }

    /** The words of the whole-word terms, for the screen's dictionary. */
    java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(words.keySet());
    }

    /**
     * Resolves every word of the dictionary to the terms it marks, once, so that scanning a text built with it reads
     * one array slot per word instead of a map look-up and a walk down the prefix trie.
     */
    void bind(Lexicon lexicon) {
        int[] from = new int[lexicon.size() + 1];
        long[] packed = new long[64];
        List<Term> multi = new ArrayList<>();
        int size = 0;
        for (int id = 0; id < lexicon.size(); id++) {
            from[id] = size;
            List<Term> all = new ArrayList<>();
            String word = lexicon.word(id);
            List<Term> whole = words.get(word);
            if (whole != null) {
                all.addAll(whole);
            }
            PrefixNode node = prefixes;
            for (int i = 0; i < word.length() && node != null; i++) {
                node = node.child(word.charAt(i));
                if (node != null && node.terms != null) {
                    all.addAll(node.terms);
                }
            }
            for (Term term : all) {
                if (size == packed.length) {
                    packed = java.util.Arrays.copyOf(packed, size * 2);
                }
                if (term.rest().length == 0) {
                    packed[size++] = pack(term);
                } else {
                    packed[size++] = MULTI | multi.size();
                    multi.add(term);
                }
            }
        }
        from[lexicon.size()] = size;
        bound = new Bound(lexicon, from, java.util.Arrays.copyOf(packed, size), multi.toArray(new Term[0]));
    }

    void scan(Text text, boolean sensitiveUnit, List<Finding> out) {
        if (rules.isEmpty()) {
            return;
        }
        Bound resolved = bound;
        boolean byId = resolved != null && text.ids != null && text.lexicon == resolved.lexicon();
        int[] satisfied = new int[rules.size()];
        boolean[] vetoed = new boolean[rules.size()];
        int[] sourcedAt = new int[rules.size()];
        java.util.Arrays.fill(sourcedAt, Integer.MIN_VALUE / 2);
        int[] nearbyAt = new int[rules.size()];
        java.util.Arrays.fill(nearbyAt, Integer.MIN_VALUE / 2);
        List<Integer> touched = new ArrayList<>();
        for (int s = 0; s < text.sentences.size(); s++) {
            Text.Sentence sentence = text.sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Text.Token token = text.tokens.get(t);
                int id = byId ? text.ids[t] : Lexicon.UNKNOWN;
                if (id != Lexicon.UNKNOWN) {
                    long[] packed = resolved.packed();
                    for (int p = resolved.from()[id], end = resolved.from()[id + 1]; p < end; p++) {
                        long term = packed[p];
                        if ((term & MULTI) == 0) {
                            mark((int) (term >>> 32) & 0xffff, (int) term, (int) (term >>> 48), satisfied, vetoed, sourcedAt,
                                    nearbyAt, s, touched);
                        } else if (followedBy(text, t, sentence, resolved.multi()[(int) term])) {
                            Term multi = resolved.multi()[(int) term];
                            mark(multi.rule(), multi.groups(), multi.kinds(), satisfied, vetoed, sourcedAt, nearbyAt, s, touched);
                        }
                    }
                } else {
                    String word = token.lower();
                    if (!byId) {
                        // Bound, the dictionary holds every whole word of the rules: a word not in it is none of them.
                        mark(words.get(word), text, t, sentence, satisfied, vetoed, sourcedAt, nearbyAt, s, touched);
                    }
                    PrefixNode node = prefixes;
                    for (int i = 0; i < word.length() && node != null; i++) {
                        node = node.child(word.charAt(i));
                        if (node != null && node.terms != null) {
                            mark(node.terms, text, t, sentence, satisfied, vetoed, sourcedAt, nearbyAt, s, touched);
                        }
                    }
                }
                if (token.number() && token.end() < text.value.length() && text.value.charAt(token.end()) == '%'
                        || token.number() && token.end() + 1 < text.value.length() && text.value.charAt(token.end()) == ' '
                        && text.value.charAt(token.end() + 1) == '%') {
                    mark(percent, text, t, sentence, satisfied, vetoed, sourcedAt, nearbyAt, s, touched);
                }
            }
            for (int r : touched) {
                Rule rule = rules.get(r);
                boolean near = rule.nearby() == null || rule.nearby().isEmpty() || s - nearbyAt[r] <= NEARBY;
                if (!vetoed[r] && near && s - sourcedAt[r] > NEARBY && satisfied[r] == (1 << rule.groups().size()) - 1) {
                    Severity severity = sensitiveUnit && rule.sensitiveSeverity() != null ? rule.sensitiveSeverity() : rule.severity();
                    out.add(Finding.at(text, sentence.start(), sentence.end(), rule.value(), rule.code(), severity,
                            rule.messageNl(), rule.messageEn(), rule.suggestion(), null));
                }
                satisfied[r] = 0;
                vetoed[r] = false;
            }
            touched.clear();
        }
    }

    private static void mark(List<Term> terms, Text text, int t, Text.Sentence sentence, int[] satisfied, boolean[] vetoed,
                             int[] sourcedAt, int[] nearbyAt, int sentenceIndex, List<Integer> touched) {
        if (terms == null) {
            return;
        }
        for (Term term : terms) {
            if (followedBy(text, t, sentence, term)) {
                mark(term.rule(), term.groups(), term.kinds(), satisfied, vetoed, sourcedAt, nearbyAt, sentenceIndex, touched);
            }
        }
    }

    private static void mark(int rule, int groups, int kinds, int[] satisfied, boolean[] vetoed, int[] sourcedAt,
                             int[] nearbyAt, int sentenceIndex, List<Integer> touched) {
        if (satisfied[rule] == 0 && !vetoed[rule]) {
            touched.add(rule);
        }
        if (kinds != 0) {
            if ((kinds & KIND_UNLESS_NEARBY) != 0) {
                sourcedAt[rule] = sentenceIndex;
            }
            if ((kinds & KIND_NEARBY) != 0) {
                nearbyAt[rule] = sentenceIndex;
            }
            if ((kinds & KIND_UNLESS) != 0) {
                vetoed[rule] = true;
            }
        }
        satisfied[rule] |= groups;
    }

    private static boolean followedBy(Text text, int t, Text.Sentence sentence, Term term) {
        String[] rest = term.rest();
        if (rest.length == 0) {
            return true;
        }
        if (t + rest.length >= sentence.endToken()) {
            return false;
        }
        for (int i = 0; i < rest.length; i++) {
            String next = text.tokens.get(t + 1 + i).lower();
            if (term.restPrefix()[i] ? !next.startsWith(rest[i]) : !next.equals(rest[i])) {
                return false;
            }
        }
        return true;
    }
}
