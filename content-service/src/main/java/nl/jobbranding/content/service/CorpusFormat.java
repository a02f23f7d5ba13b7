package nl.jobbranding.content.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One story in the labelled corpus's format (src/test/resources/screening-corpus):
 * {@code === <id> [sensitive] unit=<CODE> channel=<code>[,<code>] [consented=Name;Name]}, the title line, then the body
 * with {@code [[value:text]]} around every span the screen must find. The format has no summary and a label cannot span a
 * line break, so labels keep their first line (the corpus scores findings by overlap) and summary labels are left out.
 */
final class CorpusFormat {

    /** A span the screen must find. */
    record Label(String field, int start, int end, String value) {
    }

    private static final Pattern BLOCK_START = Pattern.compile("(?m)^=== ");

    private CorpusFormat() {
    }

    /**
     * The story as a corpus entry, or empty when its text cannot be written in the format (it holds the label brackets
     * or a line that would start a new entry). Labels earlier in the list win over later ones they overlap.
     */
    static Optional<String> entry(String id, boolean sensitive, String unit, List<String> channels, List<String> names,
                                  String title, String body, List<Label> labels) {
        String oneLineTitle = title.replace('\n', ' ').replace('\r', ' ');
        String rawBody = body.replace('\r', ' ');
        String strippedBody = rawBody.strip();
        int lead = rawBody.length() - rawBody.stripLeading().length();
        for (String text : List.of(oneLineTitle, strippedBody)) {
            if (text.contains("[[") || text.contains("]]") || BLOCK_START.matcher(text).find()) {
                return Optional.empty();
            }
        }
        List<Label> titleLabels = new ArrayList<>();
        List<Label> bodyLabels = new ArrayList<>();
        for (Label label : labels) {
            if (label.field().equals("title")) {
                place(firstLine(oneLineTitle, label.start(), label.end(), label), titleLabels);
            } else if (label.field().equals("body")) {
                place(firstLine(strippedBody, label.start() - lead, label.end() - lead, label), bodyLabels);
            }
        }
        StringBuilder out = new StringBuilder("=== ").append(id);
        if (sensitive) {
            out.append(" sensitive");
        }
        out.append(" unit=").append(unit);
        if (!channels.isEmpty()) {
            out.append(" channel=").append(String.join(",", channels));
        }
        List<String> consented = names.stream()
                .filter(n -> !n.isBlank() && n.chars().noneMatch(c -> c == ';' || c == '=' || c == '\n' || c == '\r'))
                .filter(n -> oneLineTitle.contains(n) || strippedBody.contains(n)).distinct().toList();
        if (!consented.isEmpty()) {
            out.append(" consented=").append(String.join(";", consented));
        }
        out.append('\n').append(marked(oneLineTitle, titleLabels)).append('\n').append(marked(strippedBody, bodyLabels)).append('\n');
        return Optional.of(out.toString());
    }

    /** The part of the span on its first non-empty line, without closing brackets at its end; null when nothing is left. */
    private static Label firstLine(String text, int start, int end, Label label) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && text.charAt(s) == '\n') {
            s++;
        }
        int newline = text.indexOf('\n', s);
        if (newline >= 0 && newline < e) {
            e = newline;
        }
        while (e > s && text.charAt(e - 1) == ']') {
            e--;
        }
        return s < e ? new Label(label.field(), s, e, label.value()) : null;
    }

    private static void place(Label label, List<Label> placed) {
        if (label != null && placed.stream().noneMatch(p -> p.start() < label.end() && label.start() < p.end())) {
            placed.add(label);
        }
    }

    private static String marked(String text, List<Label> labels) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Label label : labels.stream().sorted(Comparator.comparingInt(Label::start)).toList()) {
            out.append(text, last, label.start()).append("[[").append(label.value()).append(':')
                    .append(text, label.start(), label.end()).append("]]");
            last = label.end();
        }
        return out.append(text.substring(last)).toString();
    }
}
