package nl.jobbranding.content.screening;

/**
 * A campaign's own screening term: a literal phrase (matched as whole words, any case) that gives a finding on the
 * value it names.
 *
 * @param language nl or en; null for both
 * @param note     why the term matters, shown as the finding's message
 */
public record Term(String phrase, String value, Severity severity, String language, String note) {
}
