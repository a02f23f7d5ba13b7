package nl.jobbranding.content.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Throughput of the pre-screen on one thread, for a story of 10,000 characters built from the labelled corpus (so it
 * has names, numbers, amounts and phrases to find), screened against two channel profiles. Run it with
 * {@code ./mvnw -pl content-service -am verify -DskipTests -Pbenchmark}; it prints figures and asserts nothing. Time is
 * the thread's CPU time, so the figure is per core even on a machine shared with other work; the wall-clock figure is
 * printed beside it. It also prints the time for pathological bodies of 50,000 characters (issue 13, item 9). With
 * {@code -Dscreening.benchmark.jfr=FILE} it records the measured runs with JDK Flight Recorder ({@code settings=profile})
 * into that file; with {@code -Dscreening.ab.baseline=DIR} or {@code -Dscreening.ab.without=PART} it runs the A/B of
 * {@link ScreeningAB} instead.
 */
public final class ScreeningBenchmark {

    private static final int STORY_LENGTH = 10_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String baseline = System.getProperty("screening.ab.baseline", "");
        String without = System.getProperty("screening.ab.without", "");
        if (!baseline.isBlank() || !without.isBlank()) {
            ScreeningAB.run(baseline, without, Integer.getInteger("screening.ab.rounds", 40));
            return;
        }
        long warmupMillis = args.length > 0 ? Long.parseLong(args[0]) : 5_000;
        long measureMillis = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
        long started = System.nanoTime();
        Screener screener = Screener.load();
        long compiledMicros = (System.nanoTime() - started) / 1_000;
        String jfr = System.getProperty("screening.benchmark.jfr", "");
        jdk.jfr.Recording recording = jfr.isBlank() ? null
                : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        for (ScreeningLanguage language : ScreeningLanguage.values()) {
            ScreeningInput input = story(language);
            int bytes = input.body().getBytes(StandardCharsets.UTF_8).length + input.title().getBytes(StandardCharsets.UTF_8).length;
            run(screener, input, warmupMillis);
            if (recording != null && recording.getState() == jdk.jfr.RecordingState.NEW) {
                recording.start();
            }
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long stories = run(screener, input, measureMillis);
            double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            int findings = screener.screen(input).findings().size();
            System.out.printf(Locale.ROOT, "pre-screen %s: %,d stories of %,d characters in %.1f s of CPU on one thread = %.1f "
                    + "stories/s, %.2f MB/s a core (%.2f MB/s wall clock; %d findings per story)%n", language.code(), stories,
                    input.body().length(), cpuSeconds, stories / cpuSeconds, stories * (double) bytes / cpuSeconds / 1_000_000,
                    stories * (double) bytes / seconds / 1_000_000, findings);
        }
        if (recording != null) {
            recording.stop();
            recording.dump(java.nio.file.Path.of(jfr));
            System.out.println("JDK Flight Recorder profile of the measured runs (settings=profile) in " + jfr);
        }
        System.out.printf(Locale.ROOT, "rules compiled once, in %.1f ms%n", compiledMicros / 1000.0);
        for (String unit : List.of("@", "1", "7 ", "Jan ", "Jansen de Vries ", "a@b.", "€1.000.000 ")) {
            String body = unit.repeat(50_000 / unit.length());
            ScreeningInput input = new ScreeningInput(ScreeningLanguage.NL, null, null, body, false, 1, List.of(), true,
                    List.of(), List.of());
            long[] nanos = new long[21];
            for (int i = 0; i < nanos.length; i++) {
                long start = CPU.getCurrentThreadCpuTime();
                screener.screen(input);
                nanos[i] = CPU.getCurrentThreadCpuTime() - start;
            }
            java.util.Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "pathological body of 50,000 characters of '%s': %.1f ms of CPU (median of %d)%n", unit.strip(),
                    nanos[nanos.length / 2] / 1e6, nanos.length);
        }
    }

    /** Screens the story until the thread has spent {@code millis} of CPU time (so a busy machine does not cut the JIT short). */
    private static long run(Screener screener, ScreeningInput input, long millis) {
        long end = CPU.getCurrentThreadCpuTime() + millis * 1_000_000;
        long count = 0;
        long sink = 0;
        while (CPU.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10; i++) {
                sink += screener.screen(input).findings().size();
                count++;
            }
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return count;
    }

    static ScreeningInput story(ScreeningLanguage language) {
        StringBuilder body = new StringBuilder(STORY_LENGTH + 500);
        List<Corpus.Story> corpus = Corpus.load(Corpus.DEV).stream().filter(s -> s.language() == language).toList();
        for (int i = 0; body.length() < STORY_LENGTH; i = (i + 1) % corpus.size()) {
            body.append(corpus.get(i).body()).append("\n\n");
        }
        body.setLength(STORY_LENGTH);
        List<ChannelProfile> channels = List.of(
                new ChannelProfile("linkedin", "LinkedIn", 3000, "optional", 3, Set.of("text-post", "article"), "B1"),
                new ChannelProfile("blog", "Blog", 20000, "none", 0, Set.of("article"), "B1"));
        return new ScreeningInput(language, "Een dag uit het leven", null, body.toString(), true, 1, channels, true,
                List.of("Sanne de Boer"), List.of(new Term("topsport", "inclusive", Severity.WARN, null, null)));
    }
}
