package nl.jobbranding.gateway.console.view;

import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A text cut into pieces so that each pre-screen finding is marked at its exact span (UTF-16 offsets, as Java strings
 * count). Where findings overlap, the later one is marked from where the earlier one ends. The pieces are text only;
 * the template escapes them like any other user input.
 */
public final class Highlights {

    /** A piece of the text; {@code number} is the finding's number on the page, 0 for unmarked text. */
    @TemplateData
    public record Piece(String text, int number, String severity) {

        public boolean marked() {
            return number > 0;
        }
    }

    private Highlights() {
    }

    /**
     * @param text     the field's text
     * @param field    title, summary or body
     * @param findings every finding of the screening, each with {@code number} (its place in the page's list)
     */
    public static List<Piece> of(String text, String field, List<Map<String, Object>> findings) {
        String value = text == null ? "" : text;
        List<Map<String, Object>> here = new ArrayList<>();
        for (Map<String, Object> finding : findings) {
            if (field.equals(finding.get("field")) && finding.get("dismissal") == null) {
                here.add(finding);
            }
        }
        here.sort(Comparator.comparingInt((Map<String, Object> f) -> number(f.get("start"))).thenComparingInt(f -> number(f.get("end"))));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Map<String, Object> finding : here) {
            int start = Math.max(at, Math.min(number(finding.get("start")), value.length()));
            int end = Math.min(number(finding.get("end")), value.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                pieces.add(new Piece(value.substring(at, start), 0, null));
            }
            pieces.add(new Piece(value.substring(start, end), number(finding.get("number")), String.valueOf(finding.get("severity"))));
            at = end;
        }
        if (at < value.length()) {
            pieces.add(new Piece(value.substring(at), 0, null));
        }
        return pieces;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
