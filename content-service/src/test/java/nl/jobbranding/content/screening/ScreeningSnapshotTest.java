package nl.jobbranding.content.screening;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer of the screen on the development split, compared with a committed snapshot: work on the screen's speed
 * must leave every finding (rule, value, severity, span, messages, suggestion), the omitted counts and the readability
 * figures exactly as they were. Each story is screened as {@link CorpusQualityTest} screens it, and again with the
 * sensitive flag turned over, with a short channel, a campaign term and a consented name, so that more code paths are
 * covered. The full answers are written to {@code target/screening-snapshot/dev-answers.txt} (to diff against an earlier
 * run); the snapshot holds one digest per screening ({@value #SNAPSHOT}).
 * <p>
 * A change that is meant to change findings (new rules, new rule data, a new model) writes the snapshot again,
 * deliberately: {@code ./mvnw -B -ntp -q verify -pl content-service -am -Dtest=ScreeningSnapshotTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dscreening.snapshot.write=true} (from the repository root).
 */
class ScreeningSnapshotTest {

    static final String SNAPSHOT = "src/test/resources/screening-snapshot/dev-digests.txt";
    private static final ChannelProfile SHORT = new ChannelProfile("x", "X", 280, "optional", 2, Set.of("text-post"), "A2");

    @Test
    void everyAnswerOnTheDevelopmentSplitIsTheSnapshots() throws IOException {
        Screener screener = Screener.load();
        StringBuilder answers = new StringBuilder(8_000_000);
        Map<String, String> digests = new LinkedHashMap<>();
        for (Corpus.Story story : Corpus.load(Corpus.DEV)) {
            ScreeningInput plain = story.input();
            List<String> consented = new ArrayList<>(plain.consentedNames());
            consented.add("Sanne de Boer");
            ScreeningInput turned = new ScreeningInput(plain.language(), plain.title(), plain.title(), plain.body(), true, 0,
                    List.of(SHORT), !plain.sensitiveUnit(), consented,
                    List.of(new Term("collega", "inclusive", Severity.WARN, null, "note")));
            for (Map.Entry<String, ScreeningInput> variant : List.of(Map.entry("plain", plain), Map.entry("turned", turned))) {
                String key = story.id() + " " + variant.getKey();
                String answer = answer(screener.screen(variant.getValue()));
                answers.append("=== ").append(key).append('\n').append(answer);
                digests.put(key, ShippedModelTest.sha256(answer.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
            }
        }
        Path out = Path.of("target/screening-snapshot/dev-answers.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, answers, StandardCharsets.UTF_8);
        StringBuilder lines = new StringBuilder();
        digests.forEach((key, digest) -> lines.append(key).append(' ').append(digest).append('\n'));
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("screening.snapshot.write")) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, lines, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(snapshot), SNAPSHOT + " is missing: write it with -Dscreening.snapshot.write=true");
        List<String> expected = Files.readAllLines(snapshot, StandardCharsets.UTF_8);
        List<String> actual = lines.toString().lines().toList();
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(none)";
            String a = i < actual.size() ? actual.get(i) : "(none)";
            if (!e.equals(a)) {
                differing.add(a.equals("(none)") ? e : a.substring(0, a.lastIndexOf(' ')));
            }
        }
        assertTrue(differing.isEmpty(), differing.size() + " screenings differ from the snapshot (full answers in " + out
                + "), the first: " + differing.subList(0, Math.min(10, differing.size())));
    }

    /** The whole answer as text, one finding a line. */
    private static String answer(ScreeningResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.readability()).append('\n');
        result.findings().forEach(f -> out.append(f).append('\n'));
        result.omitted().forEach(o -> out.append(o).append('\n'));
        return escapeLoneSurrogates(out);
    }

    /** An excerpt cut after 200 characters may end in half a surrogate pair, which UTF-8 cannot write: written as its code. */
    private static String escapeLoneSurrogates(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
