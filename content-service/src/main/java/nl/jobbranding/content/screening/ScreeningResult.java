package nl.jobbranding.content.screening;

import java.util.List;

/**
 * The screen's answer: the findings in text order, and the readability figures behind the language-level findings.
 *
 * @param rulesVersion the version of the rule data that produced it
 */
public record ScreeningResult(String rulesVersion, List<Finding> findings, Readability readability) {

    /**
     * @param score        Flesch-Douma (Dutch) or Flesch reading ease (English); null for texts under 30 words
     * @param targetLevel  the strictest language level of the story's channels (B1 without channels)
     * @param minimumScore the score that level asks for
     */
    public record Readability(Double score, String targetLevel, Integer minimumScore, int words, int sentences,
                              int longSentences) {
    }
}
