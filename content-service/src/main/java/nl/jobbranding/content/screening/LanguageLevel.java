package nl.jobbranding.content.screening;

import java.util.List;
import java.util.Map;

/**
 * Language level: Dutch texts aim at B1 (Flesch-Douma), English texts at plain English (Flesch reading ease); a
 * channel can ask for a stricter or looser level. Sentences of more than {@value #LONG_SENTENCE} words are pointed out
 * one by one.
 */
final class LanguageLevel {

    static final int LONG_SENTENCE = 25;
    /**
     * A sentence this long is a warning, not a hint: in the corpus no text reviewers judged readable had a sentence of
     * more than 40 words, and nearly every text they judged too hard had one.
     */
    static final int TOO_LONG_SENTENCE = 40;
    /** Jargon words and abbreviations in one sentence that make it a cluster. */
    static final int JARGON_CLUSTER = 3;
    /** Words in capitals in a row that make a heading or caption, not abbreviations. */
    static final int CAPITALS_HEADING = 3;
    /**
     * Syllables a word from which a sentence of more than {@value #TOO_LONG_SENTENCE} words is a warning: under it, a
     * long sentence of short words, which reviewers judged readable (in the corpus no labelled long sentence of Dutch
     * had fewer than 1.5, except one; plain long ones had 1.2 to 1.5).
     */
    static final double PLAIN_NL = 1.5;
    static final double PLAIN_EN = 1.4;
    /** Syllables a word from which any sentence of more than {@value #LONG_SENTENCE} words is a warning. */
    static final double HEAVY_NL = 2.0;
    static final double HEAVY_EN = 1.9;
    /** How far below a level's minimum score the whole text must be before it is a warning. */
    static final int CALIBRATION_MARGIN = 25;
    static final String DEFAULT_LEVEL = "B1";
    private static final int MINIMUM_WORDS = 30;
    private static final Map<String, Integer> MINIMUM_SCORE = Map.of("A1", 80, "A2", 70, "B1", 60, "B2", 50, "C1", 30);
    private static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2");

    private LanguageLevel() {
    }

    /** The strictest level of the channels; B1 without channels. */
    static String targetLevel(List<ChannelProfile> channels) {
        String strictest = null;
        for (ChannelProfile channel : channels) {
            String level = channel.languageLevel();
            if (level != null && LEVELS.contains(level) && (strictest == null || LEVELS.indexOf(level) < LEVELS.indexOf(strictest))) {
                strictest = level;
            }
        }
        return strictest == null ? DEFAULT_LEVEL : strictest;
    }

    static ScreeningResult.Readability scan(Text body, ScreeningLanguage language, String level, List<Finding> out) {
        int words = 0;
        int syllables = 0;
        int[] sentenceSyllables = new int[body.sentences.size()];
        int[] sentenceWords = new int[body.sentences.size()];
        for (int t = 0; t < body.tokens.size(); t++) {
            Text.Token token = body.tokens.get(t);
            if (!token.number()) {
                words++;
                int id = body.ids == null ? Lexicon.UNKNOWN : body.ids[t];
                int count = id != Lexicon.UNKNOWN ? body.lexicon.syllables(id, language)
                        : language == ScreeningLanguage.NL ? syllablesNl(token.lower()) : syllablesEn(token.lower());
                syllables += count;
                sentenceSyllables[token.sentence()] += count;
                sentenceWords[token.sentence()]++;
            }
        }
        int[] jargonPerSentence = jargonPerSentence(body, out);
        int sentences = 0;
        int longSentences = 0;
        boolean nl = language == ScreeningLanguage.NL;
        for (int index = 0; index < body.sentences.size(); index++) {
            Text.Sentence sentence = body.sentences.get(index);
            if (sentence.words() == 0) {
                continue;
            }
            sentences++;
            boolean warned = false;
            if (sentence.words() > LONG_SENTENCE) {
                longSentences++;
                // Long and plain (short words) is fine for B1; long with long words is not.
                double perWord = sentenceWords[index] == 0 ? 0 : (double) sentenceSyllables[index] / sentenceWords[index];
                boolean tooLong = sentence.words() > TOO_LONG_SENTENCE && perWord >= (nl ? PLAIN_NL : PLAIN_EN)
                        || perWord >= (nl ? HEAVY_NL : HEAVY_EN);
                warned = tooLong;
                out.add(Finding.at(body, sentence.start(), sentence.end(), Finding.LANGUAGE_LEVEL, "language-level.long-sentence",
                        tooLong ? Severity.WARN : Severity.INFO, "Lange zin (" + sentence.words() + " woorden): voor B1 liever niet meer dan "
                                + LONG_SENTENCE + ".", "A long sentence (" + sentence.words() + " words): plain language keeps "
                                + "sentences to " + LONG_SENTENCE + " words or fewer.",
                        nl ? "Knip de zin in tweeën." : "Split the sentence in two.", null));
            }
            int hard = warned ? 0 : jargonPerSentence[index] + abbreviations(body, sentence);
            if (hard >= JARGON_CLUSTER) {
                out.add(Finding.at(body, sentence.start(), sentence.end(), Finding.LANGUAGE_LEVEL, "language-level.jargon-cluster",
                        Severity.WARN, "Veel vaktermen en afkortingen in één zin (" + hard + "): schrijf ze uit of leg ze uit.",
                        "Many technical terms and abbreviations in one sentence (" + hard + "): spell them out or explain them.",
                        nl ? "Schrijf afkortingen voluit en gebruik gewone woorden." : "Spell out abbreviations and use everyday words.",
                        null));
            }
        }
        Integer minimum = MINIMUM_SCORE.get(level);
        if (words < MINIMUM_WORDS || sentences == 0) {
            return new ScreeningResult.Readability(null, level, minimum, words, sentences, longSentences);
        }
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        double score = nl
                ? 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord
                : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        score = Math.round(score * 10) / 10.0;
        if (minimum != null && score < minimum) {
            String name = nl ? "Flesch-Douma" : "Flesch reading ease";
            // Calibrated on the corpus: texts reviewers judged readable at B1 scored down to 38, so only a score
            // far below the level's minimum warns about the whole text; nearer, the sentences above point at the cause.
            Severity severity = score < minimum - CALIBRATION_MARGIN ? Severity.WARN : Severity.INFO;
            out.add(Finding.at(body, 0, body.value.length(), Finding.LANGUAGE_LEVEL, "language-level.readability", severity,
                    "De tekst is moeilijker dan " + level + ": " + name + "-score " + score + ", nodig is " + minimum + " of meer.",
                    "The text is harder than " + level + ": " + name + " score " + score + ", " + minimum + " or more is needed.",
                    nl ? "Schrijf kortere zinnen en kortere woorden." : "Write shorter sentences and shorter words.", null));
        }
        return new ScreeningResult.Readability(score, level, minimum, words, sentences, longSentences);
    }

    /** Jargon findings (from the rule data) per sentence of the body. */
    private static int[] jargonPerSentence(Text body, List<Finding> found) {
        int[] counts = new int[body.sentences.size()];
        for (Finding finding : found) {
            if (finding.rule().equals("language-level.jargon") && finding.field().equals(body.field)) {
                int token = body.firstTokenAtOrAfter(finding.start());
                if (token < body.tokens.size()) {
                    counts[body.tokens.get(token).sentence()]++;
                }
            }
        }
        return counts;
    }

    /**
     * Abbreviations: words of two to six letters with at least two capitals (CJIB, ZRM, IB, RvS), also as the first
     * part of a compound (VT-meldingen, MDO's, KCC-coördinatoren); not the words of a heading or caption written in
     * capitals ("TEKST IN BEELD:", "NU SOLLICITEREN"), a run of {@value #CAPITALS_HEADING} or more words in capitals.
     */
    private static int abbreviations(Text body, Text.Sentence sentence) {
        int count = 0;
        int headingEnd = -1;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Text.Token token = body.tokens.get(t);
            if (!token.capitalized() || t < headingEnd) {
                continue;
            }
            int run = t;
            while (run < sentence.endToken() && allCapitals(body, body.tokens.get(run))
                    && (run == t || body.tokens.get(run).start() == body.tokens.get(run - 1).end() + 1
                    && body.value.charAt(body.tokens.get(run - 1).end()) == ' ')) {
                run++;
            }
            if (run - t >= CAPITALS_HEADING) {
                headingEnd = run;
                continue;
            }
            int length = token.end() - token.start();
            for (int i = token.start() + 2; i < token.end() && i <= token.start() + 6; i++) {
                char c = body.value.charAt(i);
                if (c == '-' || c == '\'' || c == '\u2019' || c == '/') {
                    length = i - token.start();
                    break;
                }
            }
            if (length < 2 || length > 6) {
                continue;
            }
            int capitals = 0;
            for (int i = token.start(); i < token.start() + length; i++) {
                if (Character.isUpperCase(body.value.charAt(i))) {
                    capitals++;
                }
            }
            if (capitals >= 2) {
                count++;
            }
        }
        return count;
    }

    /** Whether every letter of the word is a capital (two letters or more). */
    private static boolean allCapitals(Text body, Text.Token token) {
        if (token.end() - token.start() < 2) {
            return false;
        }
        for (int i = token.start(); i < token.end(); i++) {
            char c = body.value.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Vowel groups; ij counts as a vowel, a diaeresis (beëindigen) starts a new syllable. */
    static int syllablesNl(String word) {
        int count = 0;
        boolean inVowel = false;
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int kind = c < VOWELS.length ? VOWELS[c] : 0;
            boolean diaeresis = kind == DIAERESIS;
            boolean vowel = kind != 0 || c == 'j' && previous == 'i';
            if (vowel && (!inVowel || diaeresis)) {
                count++;
            }
            inVowel = vowel;
            previous = c;
        }
        return Math.max(1, count);
    }

    /** Vowel groups, less a silent final e. */
    static int syllablesEn(String word) {
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = isVowel(word.charAt(i));
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        if (word.length() > 2 && word.endsWith("e") && !word.endsWith("le") && !isVowel(word.charAt(word.length() - 2))) {
            count--;
        }
        return Math.max(1, count);
    }

    private static final byte VOWEL = 1;
    private static final byte DIAERESIS = 2;
    /** Per character below U+0100: {@link #VOWEL}, {@link #DIAERESIS} (a vowel that starts a new syllable) or 0. */
    private static final byte[] VOWELS = new byte[256];

    static {
        for (char c : "aeiouyáéíóúàèêâôû".toCharArray()) {
            VOWELS[c] = VOWEL;
        }
        for (char c : "ëïöü".toCharArray()) {
            VOWELS[c] = DIAERESIS;
        }
    }

    /** A vowel of {@link #syllablesEn}: the diaeresis letters are not among them there. */
    private static boolean isVowel(char c) {
        return c < VOWELS.length && VOWELS[c] == VOWEL;
    }
}
