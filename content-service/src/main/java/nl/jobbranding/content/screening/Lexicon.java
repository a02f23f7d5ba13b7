package nl.jobbranding.content.screening;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One dictionary of every word the screen's detectors name (the sentence rules' words, the sentence model's
 * vocabulary), compiled once per screen: a word is looked up once per token, when the text is cut into words
 * ({@link Text#ids}), and each detector then reads what it needs of that word from its own arrays indexed by the word's
 * id, instead of each hashing the word again in its own maps (and the sentence rules walking their prefix trie). A word
 * the dictionary does not hold has id -1: the detectors then look it up their own way, so the findings are the same
 * with or without it.
 */
final class Lexicon {

    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids;
    private final String[] words;
    /** Per id, the word's syllables as {@link LanguageLevel} counts them in Dutch and in English. */
    private final int[] syllablesNl;
    private final int[] syllablesEn;

    private Lexicon(Map<String, Integer> ids, String[] words) {
        this.ids = ids;
        this.words = words;
        syllablesNl = new int[words.length];
        syllablesEn = new int[words.length];
        for (int id = 0; id < words.length; id++) {
            syllablesNl[id] = LanguageLevel.syllablesNl(words[id]);
            syllablesEn[id] = LanguageLevel.syllablesEn(words[id]);
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

    int size() {
        return words.length;
    }

    String word(int id) {
        return words[id];
    }
}
