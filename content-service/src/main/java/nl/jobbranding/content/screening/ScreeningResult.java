package nl.jobbranding.content.screening;

import java.util.List;

/**
 * The screen's answer: the findings in text order, and the readability figures behind the language-level findings.
 *
 * @param rulesVersion the version of the rule data that produced it
 * @param omitted      per rule and severity, how many findings were left out of {@code findings} beyond the first
 *                     {@value Screener#MAX_FINDINGS_PER_RULE} of that rule; empty when none were (and in screenings
 *                     stored before this field existed)
 */
public record ScreeningResult(String rulesVersion, List<Finding> findings, Readability readability, List<Omitted> omitted) {

    public ScreeningResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
        omitted = omitted == null ? List.of() : List.copyOf(omitted);
    }

    /**
     * @param score        Flesch-Douma (Dutch) or Flesch reading ease (English); null for texts under 30 words
     * @param targetLevel  the strictest language level of the story's channels (B1 without channels)
     * @param minimumScore the score that level asks for
     */
    public record Readability(Double score, String targetLevel, Integer minimumScore, int words, int sentences,
                              int longSentences) {
    }

    /** Findings of one rule and severity that were counted but not listed. */
    public record Omitted(String rule, String value, Severity severity, int count) {
    }
}
