package nl.jobbranding.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

/**
 * Issue 13's "every answer within 1 s" for the hostile-input suites, in a form a loaded build machine does not break:
 * an answer over the limit is sent again once, alone (the suites send one request at a time), and the repeat must be
 * within the limit. An input that makes the server work too hard (quadratic work on a long value) is slow every time
 * and fails; a garbage-collection pause or a busy neighbour on the machine makes one answer slow, not its repeat.
 * The slowest answers are kept for the suite to print.
 */
public final class AnswerTimes {

    /** The longest an answer may take. */
    public static final long LIMIT_MILLIS = 1_000;
    private static final int KEPT = 8;

    private record Answer(String what, long millis) {
    }

    private final PriorityQueue<Answer> slowest = new PriorityQueue<>(Comparator.comparingLong(Answer::millis));
    private final List<String> tooSlow = new ArrayList<>();
    private int answers;
    private int repeated;
    private long lastMillis;

    /**
     * Sends one exchange and times it; over {@link #LIMIT_MILLIS}, sends it again once and times that. Answers the first
     * answer. What the exchange throws on its first try is passed on, untimed; on its repeat only the time counts.
     */
    public <T> T time(String what, Supplier<T> exchange) {
        long start = System.nanoTime();
        T answer = exchange.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        answers++;
        lastMillis = millis;
        keep(new Answer(what, millis));
        if (millis > LIMIT_MILLIS) {
            repeated++;
            long again = System.nanoTime();
            try {
                exchange.get();
            } catch (RuntimeException | AssertionError ignored) {
                // the first answer was judged already; here only the time of the repeat counts
            }
            long againMillis = (System.nanoTime() - again) / 1_000_000;
            if (againMillis > LIMIT_MILLIS) {
                tooSlow.add(what + ": took " + millis + " ms, and " + againMillis + " ms when sent again alone");
            }
        }
        return answer;
    }

    private void keep(Answer answer) {
        slowest.add(answer);
        if (slowest.size() > KEPT) {
            slowest.poll();
        }
    }

    /** How long the first try of the last exchange took. */
    public long lastMillis() {
        return lastMillis;
    }

    /** The exchanges slower than the limit also when sent again: each one an input the server works too hard on. */
    public List<String> tooSlow() {
        return List.copyOf(tooSlow);
    }

    /** How many answers, how many were over the limit and sent again, and the slowest answers, for the suite's output. */
    public String report() {
        List<String> slow = slowest.stream().sorted(Comparator.comparingLong(Answer::millis).reversed())
                .map(answer -> answer.millis() + " ms " + answer.what()).toList();
        return String.format("%d answers, %d over %d ms and sent again (%d slow again); slowest answers:%n  %s", answers, repeated,
                LIMIT_MILLIS, tooSlow.size(), String.join(System.lineSeparator() + "  ", slow));
    }
}
