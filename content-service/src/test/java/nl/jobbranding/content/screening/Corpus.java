package nl.jobbranding.content.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The labelled corpus under src/test/resources/screening-corpus: stories with the findings they must give, in two
 * splits. {@code dev/} is what the rules may be tuned on; {@code held-out/} is only ever scored, never read by whoever
 * changes the rules (see BRIEFS.md there).
 */
final class Corpus {

    static final String DEV = "dev";
    static final String HELD_OUT = "held-out";

    /** A span the screen must find for a value. */
    record Label(String field, int start, int end, String value, String text) {
    }

    /**
     * One story.
     *
     * @param unit     the unit's code (DJI, OM, BD, RWS, UTR-SOCIAAL), or null in the oldest stories
     * @param channels the channel codes from the header; empty in the oldest stories
     */
    record Story(String id, ScreeningLanguage language, boolean sensitive, String unit, List<String> channels,
                 List<String> consented, String title, String body, List<Label> labels) {

        /** The batch the story was written in: the letters before its language in the id ("x", "aa"), or "original". */
        String batch() {
            return id.matches("[a-z]+-(nl|en)-.*") ? id.substring(0, id.indexOf('-')) : "original";
        }

        /** Each channel gets a fixed B1 profile, the level the screen assumes when a channel sets none. */
        ScreeningInput input() {
            List<ChannelProfile> profiles = channels.stream()
                    .map(c -> new ChannelProfile(c, c, 0, null, 0, Set.of(), LanguageLevel.DEFAULT_LEVEL)).toList();
            return new ScreeningInput(language, title, null, body, false, 1, profiles, sensitive, consented, List.of());
        }
    }

    private static final Pattern LABEL = Pattern.compile("\\[\\[([a-z-]+):(.+?)]]");
    private static final Pattern FILE = Pattern.compile("[a-z]+-(nl|en)\\.txt");

    private Corpus() {
    }

    /** Every story of a split: the files {@code <batch>-<language>.txt} in its folder. */
    static List<Story> load(String split) {
        return load(files(split));
    }

    /** Every story in the files {@code <batch>-<language>.txt} of a folder outside the corpus (an unread batch). */
    static List<Story> loadFolder(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return load(paths.sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Story> load(List<Path> files) {
        List<Story> stories = new ArrayList<>();
        for (Path file : files) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            ScreeningLanguage language = ScreeningLanguage.valueOf(name.group(1).toUpperCase(java.util.Locale.ROOT));
            try {
                stories.addAll(parse(language, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stories;
    }

    private static List<Path> files(String split) {
        URL folder = Corpus.class.getClassLoader().getResource("screening-corpus/" + split);
        if (folder == null) {
            throw new IllegalStateException("screening-corpus/" + split + " is missing");
        }
        try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
            return paths.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Story> parse(ScreeningLanguage language, String file) {
        List<Story> stories = new ArrayList<>();
        String[] blocks = file.replace("\r\n", "\n").split("(?m)^=== ");
        for (int b = 1; b < blocks.length; b++) {
            String[] lines = blocks[b].split("\n", -1);
            String header = lines[0].trim();
            String consentedPart = null;
            int consentedAt = header.indexOf(" consented=");
            if (consentedAt >= 0) {
                consentedPart = header.substring(consentedAt + " consented=".length()).trim();
                header = header.substring(0, consentedAt);
            }
            String[] options = header.split("\\s+");
            String id = options[0];
            boolean sensitive = false;
            String unit = null;
            List<String> channels = List.of();
            for (int o = 1; o < options.length; o++) {
                String option = options[o];
                if (option.equals("sensitive")) {
                    sensitive = true;
                } else if (option.startsWith("unit=")) {
                    unit = option.substring("unit=".length());
                } else if (option.startsWith("channel=")) {
                    channels = List.of(option.substring("channel=".length()).split(","));
                } else if (!option.isEmpty()) {
                    throw new IllegalStateException("story " + id + ": unknown header item '" + option + "'");
                }
            }
            List<String> consented = new ArrayList<>();
            if (consentedPart != null && !consentedPart.isEmpty()) {
                Arrays.stream(consentedPart.split(";")).map(String::trim).filter(n -> !n.isEmpty()).forEach(consented::add);
            }
            List<Label> labels = new ArrayList<>();
            String title = strip("title", lines[1], labels);
            String body = strip("body", String.join("\n", Arrays.copyOfRange(lines, 2, lines.length)).strip(), labels);
            stories.add(new Story(id, language, sensitive, unit, channels, consented, title, body, labels));
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

    static String read(String resource) {
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
