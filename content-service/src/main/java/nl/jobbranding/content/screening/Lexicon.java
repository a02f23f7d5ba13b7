package nl.jobbranding.content.screening;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One dictionary of every word the screen's detectors name (the sentence rules' words, the phrase rules' triggers, the
 * sentence model's and the careful tagger's vocabularies), with what the language level and the clause model need of
 * each word (syllables, the Snowball stem per language, whether it starts a clause), compiled once per screen: a word
 * is looked up once per token, when the text is cut into words ({@link Text#ids}), and each detector then reads what it
 * needs of that word from its own arrays indexed by the word's id, instead of each hashing the word again in its own
 * maps (and the sentence rules walking their prefix trie, the clause model stemming it). A word the dictionary does not
 * hold has id -1: the detectors then look it up their own way, so the findings are the same with or without it.
 */
final class Lexicon {

    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids;
    private final String[] words;
    /** Per id, the word's syllables as {@link LanguageLevel} counts them in Dutch and in English. */
    private final int[] syllablesNl;
    private final int[] syllablesEn;
    /** Per id, the word's Snowball stem in Dutch and in English ({@link ClauseModel#stem}), computed once here. */
    private final String[] stemsNl;
    private final String[] stemsEn;
    /** Per id, whether the word starts a clause ({@link ClauseModel#clauses}). */
    private final boolean[] clauseStarts;

    private Lexicon(Map<String, Integer> ids, String[] words) {
        this.ids = ids;
        this.words = words;
        syllablesNl = new int[words.length];
        syllablesEn = new int[words.length];
        stemsNl = new String[words.length];
        stemsEn = new String[words.length];
        clauseStarts = new boolean[words.length];
        for (int id = 0; id < words.length; id++) {
            syllablesNl[id] = LanguageLevel.syllablesNl(words[id]);
            syllablesEn[id] = LanguageLevel.syllablesEn(words[id]);
            stemsNl[id] = ClauseModel.snowball(ScreeningLanguage.NL, words[id]);
            stemsEn[id] = ClauseModel.snowball(ScreeningLanguage.EN, words[id]);
            clauseStarts[id] = ClauseModel.startsClause(words[id]);
        }
    }

    /** A dictionary of these word lists (lower case), each word once. */
    static Lexicon of(Collection<? extends Collection<String>> lists) {
        Map<String, Integer> ids = new HashMap<>();
        for (Collection<String> list : lists) {
            for (String word : list) {
                ids.putIfAbsent(word, ids.size());
            }
        }
        String[] words = new String[ids.size()];
        ids.forEach((word, id) -> words[id] = word);
        return new Lexicon(ids, words);
    }

    /** The word's id, or {@value #UNKNOWN}. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? UNKNOWN : id;
    }

    /** The word's syllables in this language, counted once when the dictionary is built. */
    int syllables(int id, ScreeningLanguage language) {
        return language == ScreeningLanguage.NL ? syllablesNl[id] : syllablesEn[id];
    }

    /** The word's Snowball stem in this language, stemmed once when the dictionary is built. */
    String stem(int id, ScreeningLanguage language) {
        return language == ScreeningLanguage.NL ? stemsNl[id] : stemsEn[id];
    }

    /** Whether the word starts a new clause inside a sentence ("maar", "because"). */
    boolean startsClause(int id) {
        return clauseStarts[id];
    }

    int size() {
        return words.length;
    }

    String word(int id) {
        return words[id];
    }
}
