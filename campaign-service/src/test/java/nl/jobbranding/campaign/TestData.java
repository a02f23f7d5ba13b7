package nl.jobbranding.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for the tests. Every test makes its own resources with unique codes, so tests share nothing. */
final class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private TestData() {
    }

    /** A code no other test uses: lower case with the given prefix. */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A unit code no other test uses. */
    static String uniqueUnit() {
        return ("U-" + RUN + "-" + COUNTER.incrementAndGet()).toUpperCase();
    }

    static Map<String, Object> channel(String code) {
        Map<String, Object> audience = new HashMap<>();
        audience.put("description", "Professionals die hun loopbaan volgen.");
        audience.put("tone", "Zakelijk en persoonlijk.");
        audience.put("formats", new ArrayList<>(List.of("text-post", "short-video")));
        audience.put("maxLength", 3000);
        audience.put("hashtagPolicy", "optional");
        audience.put("maxHashtags", 3);
        audience.put("languageLevel", "B1");
        Map<String, Object> channel = new HashMap<>();
        channel.put("code", code);
        channel.put("name", "LinkedIn");
        channel.put("audience", audience);
        return channel;
    }
}
