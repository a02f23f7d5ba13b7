package nl.jobbranding.content.screening;

/**
 * One place where a story may break a value. The screen points; the reviewer decides.
 *
 * @param id         stable within a text: the same rule at the same place gives the same id, so a dismissal keeps
 *                   pointing at the same finding
 * @param value      what it concerns: a value code (careful, just, cost-conscious, transparent, or a campaign's own),
 *                   or tendentious, channel-fit, language-level
 * @param rule       the rule's code, e.g. careful.phone-number
 * @param field      title, summary or body
 * @param start      offset of the first character in the field
 * @param end        offset after the last character
 * @param excerpt    the text of the span (at most 200 characters)
 * @param suggestion what to write instead, in the story's language, or null
 * @param channel    the channel a channel-fit finding is about, or null
 */
public record Finding(String id, String value, String rule, Severity severity, String messageNl, String messageEn,
                      String field, int start, int end, String excerpt, String suggestion, String channel) {

    static final String CAREFUL = "careful";
    static final String JUST = "just";
    static final String COST_CONSCIOUS = "cost-conscious";
    static final String TRANSPARENT = "transparent";
    static final String TENDENTIOUS = "tendentious";
    static final String CHANNEL_FIT = "channel-fit";
    static final String LANGUAGE_LEVEL = "language-level";

    static Finding at(Text text, int start, int end, String value, String rule, Severity severity, String nl, String en,
                      String suggestion, String channel) {
        int cut = Math.min(end, start + 200);
        if (cut < end && Character.isHighSurrogate(text.value.charAt(cut - 1))) {
            cut--; // never half of a character outside the basic plane (an emoji): the excerpt stays valid UTF-16
        }
        String excerpt = text.value.substring(start, cut);
        String id = rule + (channel == null ? "" : "." + channel) + "@" + text.field + ":" + start + "-" + end;
        return new Finding(id, value, rule, severity, nl, en, text.field, start, end, excerpt, suggestion, channel);
    }
}
