package nl.jobbranding.content.screening;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A/B of two screens in one JVM, for speed work: the benchmark's stories (one per language, {@link ScreeningBenchmark})
 * screened by screen A and screen B in turns of {@value #PER_TURN}, the order swapped every round, each turn timed by
 * the thread's CPU time; the first quarter of the rounds warms up and is not counted. It prints per language each
 * screen's milliseconds per story and MB/s a core, and how many times as fast B is as A (on the summed CPU time, and
 * the median and range of the rounds' ratios: on a busy machine a single run of either proves little, an A/B in one
 * JVM shows a few percent).
 * <p>
 * Run by the benchmark profile (README, Pre-screen): {@code -Dscreening.ab.baseline=DIR} compares the build in
 * {@code DIR} (a {@code target} folder with {@code classes} and {@code test-classes}, e.g. of an earlier commit) as A
 * with this build as B, each in its own class loader over the same dependencies; {@code -Dscreening.ab.without=X}
 * compares this build's screen (A) with the same screen without X (B): {@code clause-model}, {@code sentence-model} or
 * {@code careful-tagger}, to see what a part costs. {@code -Dscreening.ab.rounds=N} (default 40).
 */
final class ScreeningAB {

    private static final int PER_TURN = 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One screen under test: its stories (per language) and how to screen one. */
    private interface Screen {
        void screen(int language) throws Exception;
    }

    private ScreeningAB() {
    }

    static void run(String baseline, String without, int rounds) throws Exception {
        ScreeningLanguage[] languages = ScreeningLanguage.values();
        int[] bytes = new int[languages.length];
        for (int l = 0; l < languages.length; l++) {
            ScreeningInput input = ScreeningBenchmark.story(languages[l]);
            bytes[l] = input.body().getBytes(StandardCharsets.UTF_8).length + input.title().getBytes(StandardCharsets.UTF_8).length;
        }
        Screen[] screens = new Screen[2];
        String[] names = new String[2];
        if (!baseline.isBlank()) {
            names[0] = baseline;
            names[1] = "this build";
            List<URL> dependencies = new ArrayList<>();
            Path classes = codeSource(Screener.class);
            Path testClasses = codeSource(ScreeningAB.class);
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath();
                if (!entry.isEmpty() && !path.equals(classes) && !path.equals(testClasses)) {
                    dependencies.add(path.toUri().toURL());
                }
            }
            screens[0] = loaded(Path.of(baseline, "classes"), Path.of(baseline, "test-classes"), dependencies, languages);
            screens[1] = loaded(classes, testClasses, dependencies, languages);
        } else {
            Screener screener = Screener.load();
            Screener other = switch (without) {
                case "clause-model" -> screener.withClauseModel(null);
                case "sentence-model" -> screener.withSentenceModel(null);
                case "careful-tagger" -> screener.withCarefulTagger(null);
                default -> throw new IllegalArgumentException("screening.ab.without: clause-model, sentence-model or "
                        + "careful-tagger, not '" + without + "'");
            };
            ScreeningInput[] inputs = Arrays.stream(languages).map(ScreeningBenchmark::story).toArray(ScreeningInput[]::new);
            names[0] = "this build";
            names[1] = "this build without the " + without.replace('-', ' ');
            screens[0] = l -> screener.screen(inputs[l]);
            screens[1] = l -> other.screen(inputs[l]);
        }
        System.out.printf(Locale.ROOT, "A/B of the pre-screen in one JVM, %d rounds of %d stories per screen and language "
                + "(the first %d rounds warm up)%nA: %s%nB: %s%n", rounds, PER_TURN, rounds / 4, names[0], names[1]);
        long[][] cpu = new long[2][languages.length];
        double[][] ratios = new double[languages.length][rounds - rounds / 4];
        for (int r = 0; r < rounds; r++) {
            for (int l = 0; l < languages.length; l++) {
                long[] turn = new long[2];
                for (int i = 0; i < 2; i++) {
                    int v = r % 2 == 0 ? i : 1 - i;
                    long start = CPU.getCurrentThreadCpuTime();
                    for (int s = 0; s < PER_TURN; s++) {
                        screens[v].screen(l);
                    }
                    turn[v] = CPU.getCurrentThreadCpuTime() - start;
                }
                if (r >= rounds / 4) {
                    cpu[0][l] += turn[0];
                    cpu[1][l] += turn[1];
                    ratios[l][r - rounds / 4] = (double) turn[0] / turn[1];
                }
            }
        }
        int counted = (rounds - rounds / 4) * PER_TURN;
        for (int l = 0; l < languages.length; l++) {
            double[] sorted = ratios[l].clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%s: A %.2f ms a story (%.2f MB/s a core), B %.2f ms (%.2f MB/s): B is %.3f "
                            + "times as fast (rounds: median %.3f, from %.3f to %.3f)%n", languages[l].code(),
                    cpu[0][l] / 1e6 / counted, bytes[l] * (double) counted / (cpu[0][l] / 1e9) / 1e6,
                    cpu[1][l] / 1e6 / counted, bytes[l] * (double) counted / (cpu[1][l] / 1e9) / 1e6,
                    (double) cpu[0][l] / cpu[1][l], sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
        }
    }

    /** A screen of a build's classes in a class loader of its own, with its own rule data and the benchmark's stories. */
    private static Screen loaded(Path classes, Path testClasses, List<URL> dependencies, ScreeningLanguage[] languages)
            throws Exception {
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL(), testClasses.toUri().toURL()));
        urls.addAll(dependencies);
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        String pkg = Screener.class.getPackageName() + ".";
        Class<?> screenerClass = loader.loadClass(pkg + "Screener");
        Object screener = screenerClass.getMethod("load").invoke(null);
        Method story = loader.loadClass(pkg + "ScreeningBenchmark").getDeclaredMethod("story",
                loader.loadClass(pkg + "ScreeningLanguage"));
        story.setAccessible(true);
        Method screen = screenerClass.getMethod("screen", loader.loadClass(pkg + "ScreeningInput"));
        Object[] constants = loader.loadClass(pkg + "ScreeningLanguage").getEnumConstants();
        Object[] inputs = new Object[languages.length];
        for (int l = 0; l < languages.length; l++) {
            String name = languages[l].name();
            Object language = Arrays.stream(constants).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
                    .orElseThrow();
            inputs[l] = story.invoke(null, language);
        }
        return l -> screen.invoke(screener, inputs[l]);
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    }
}
