package nl.jobbranding.content.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The labelled corpus under src/test/resources/screening-corpus: stories with the findings they must give. */
final class Corpus {

    /** A span the screen must find for a value. */
    record Label(String field, int start, int end, String value, String text) {
    }

    record Story(String id, ScreeningLanguage language, boolean sensitive, List<String> consented, String title,
                 String body, List<Label> labels) {

        ScreeningInput input() {
            return new ScreeningInput(language, title, null, body, false, 1, List.of(), sensitive, consented, List.of());
        }
    }

    private static final Pattern LABEL = Pattern.compile("\\[\\[([a-z-]+):(.+?)]]");

    private Corpus() {
    }

    static List<Story> load() {
        List<Story> stories = new ArrayList<>();
        for (ScreeningLanguage language : ScreeningLanguage.values()) {
            stories.addAll(parse(language, read("screening-corpus/dev/original-" + language.code() + ".txt")));
        }
        return stories;
    }

    static List<Story> parse(ScreeningLanguage language, String file) {
        List<Story> stories = new ArrayList<>();
        String[] blocks = file.split("(?m)^=== ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            String[] header = lines[0].trim().split(" ", 2);
            String id = header[0];
            String options = header.length > 1 ? header[1] : "";
            boolean sensitive = options.contains("sensitive");
            List<String> consented = new ArrayList<>();
            Matcher names = Pattern.compile("consented=([^=]+)$").matcher(options);
            if (names.find()) {
                consented.addAll(Arrays.asList(names.group(1).trim().split(";")));
            }
            List<Label> labels = new ArrayList<>();
            String title = strip("title", lines[1], labels);
            String body = strip("body", String.join("\n", Arrays.copyOfRange(lines, 2, lines.length)).strip(), labels);
            stories.add(new Story(id, language, sensitive, consented, title, body, labels));
        }
        return stories;
    }

    private static String strip(String field, String marked, List<Label> labels) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = LABEL.matcher(marked);
        int last = 0;
        while (matcher.find()) {
            text.append(marked, last, matcher.start());
            int start = text.length();
            text.append(matcher.group(2));
            labels.add(new Label(field, start, text.length(), matcher.group(1), matcher.group(2)));
            last = matcher.end();
        }
        text.append(marked.substring(last));
        return text.toString();
    }

    private static String read(String resource) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
