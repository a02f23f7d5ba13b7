package nl.jobbranding.content.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One field of a story (title, summary or body) cut into words and sentences, once, with the character offsets the
 * findings point at. Every detector works on this instead of scanning the raw text again.
 */
final class Text {

    /** A word: letters and digits, with inner apostrophes, hyphens, and dots or commas between digits. */
    record Token(int start, int end, String lower, boolean capitalized, boolean number, int sentence) {
    }

    /** A sentence: its span, and its tokens as an index range into {@link #tokens}. */
    record Sentence(int start, int end, int firstToken, int endToken) {
        int words() {
            return endToken - firstToken;
        }
    }

    final String field;
    final String value;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** The dictionary the words were looked up in, or null. */
    final Lexicon lexicon;
    /** Per token, its word's id in {@link #lexicon} ({@link Lexicon#UNKNOWN} when not in it); null without a lexicon. */
    final int[] ids;

    private Text(String field, String value, List<Token> tokens, List<Sentence> sentences, Lexicon lexicon) {
        this.field = field;
        this.value = value;
        this.tokens = tokens;
        this.sentences = sentences;
        this.lexicon = lexicon;
        if (lexicon == null) {
            this.ids = null;
        } else {
            this.ids = new int[tokens.size()];
            for (int t = 0; t < ids.length; t++) {
                ids[t] = lexicon.id(tokens.get(t).lower());
            }
        }
    }

    static Text of(String field, String value) {
        return of(field, value, null);
    }

    /** The text cut into words and sentences, each word looked up once in the dictionary (when given). */
    static Text of(String field, String value, Lexicon lexicon) {
        String text = value == null ? "" : value;
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        List<Sentence> sentences = new ArrayList<>();
        int length = text.length();
        // Lower-cased once: a token's lower-case form is then one substring (when lower-casing keeps every offset).
        String lowered = text.toLowerCase(Locale.ROOT);
        boolean sameOffsets = lowered.length() == length;
        int sentenceStart = -1;
        int sentenceFirstToken = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                boolean digitsOnly = true;
                while (i < length) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        digitsOnly &= Character.isDigit(d);
                        i++;
                    } else if (i + 1 < length && joins(d, text.charAt(i - 1), text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (sentenceStart < 0) {
                    sentenceStart = start;
                    sentenceFirstToken = tokens.size();
                }
                String lower = sameOffsets ? lowered.substring(start, i) : text.substring(start, i).toLowerCase(Locale.ROOT);
                tokens.add(new Token(start, i, lower, Character.isUpperCase(c),
                        Character.isDigit(c) && digitsOnly(lower), sentences.size()));
                continue;
            }
            if (sentenceStart >= 0 && endsSentence(text, i)) {
                sentences.add(new Sentence(sentenceStart, i + 1, sentenceFirstToken, tokens.size()));
                sentenceStart = -1;
            }
            i++;
        }
        if (sentenceStart >= 0) {
            sentences.add(new Sentence(sentenceStart, length, sentenceFirstToken, tokens.size()));
        }
        return new Text(field, text, tokens, sentences, lexicon);
    }

    /**
     * A fixed set of words for the look-ups made for every word of a text: a hash set, which compares hashes before
     * strings (Set.of compares the strings of every slot it probes, which showed in the profile).
     */
    static java.util.Set<String> wordSet(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.List.of(words)));
    }

    /** The sentence a token belongs to. */
    Sentence sentenceOf(Token token) {
        return sentences.get(token.sentence());
    }

    /** Whether any word of the token's sentence is one of these (lower case). */
    boolean sentenceHasAny(Token token, java.util.Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        Sentence sentence = sentenceOf(token);
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (words.contains(tokens.get(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word from {@code before} words before the span to {@code after} words after it is one of these. */
    boolean nearAny(int start, int end, int before, int after, java.util.Set<String> words) {
        int first = firstTokenAtOrAfter(start);
        int next = firstTokenAtOrAfter(end);
        for (int t = Math.max(0, first - before), last = Math.min(tokens.size(), next + after); t < last; t++) {
            if (words.contains(tokens.get(t).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token that ends after this offset. */
    int firstTokenAtOrAfter(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean joins(char c, char before, char after) {
        if (c == '\'' || c == '’' || c == '-') {
            return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        }
        if (c == '.' || c == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return false;
    }

    private static boolean digitsOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence ends at a blank line or line break, or at . ! ? followed by white space and a capital, a digit or
     * the end; "max. 35" and "o.a. de" do not end one.
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int next = i + 1;
        if (next >= text.length()) {
            return true;
        }
        char after = text.charAt(next);
        if (after == '"' || after == '\'' || after == '”' || after == ')') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        return c != '.' || Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“'
                || first == '\'' || first == '#' || first == '-' || first == '*';
    }
}
