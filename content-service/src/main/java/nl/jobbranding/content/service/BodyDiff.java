package nl.jobbranding.content.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;

import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two bodies, in bounded time. The lines both share at the start and the end are left out first;
 * when what remains is small, the exact (Myers) diff is made, whose cost grows with its size times the number of
 * changes. When it is large, the remaining lines are shown as one replaced block instead: a correct, coarser diff,
 * made in linear time, so two very different long revisions cost milliseconds rather than seconds.
 */
final class BodyDiff {

    /** Lines that remain on both sides together, above which the diff is one replaced block. */
    static final int EXACT_LIMIT = 4_000;

    private BodyDiff() {
    }

    static List<String> unified(String fromName, String toName, String before, String after) {
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldPart = a.subList(prefix, a.size() - suffix);
        List<String> newPart = b.subList(prefix, b.size() - suffix);
        Patch<String> patch;
        if (oldPart.size() + newPart.size() <= EXACT_LIMIT) {
            patch = DiffUtils.diff(a, b);
        } else {
            patch = new Patch<>();
            Chunk<String> source = new Chunk<>(prefix, oldPart);
            Chunk<String> target = new Chunk<>(prefix, newPart);
            patch.addDelta(oldPart.isEmpty() ? new InsertDelta<>(source, target)
                    : newPart.isEmpty() ? new DeleteDelta<>(source, target) : new ChangeDelta<>(source, target));
        }
        return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, patch, 2);
    }
}
