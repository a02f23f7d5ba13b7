package nl.jobbranding.campaign.service;

import nl.jobbranding.api.Problem.InvalidParam;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Lists of codes that refer to other resources: every code must name one, and each may occur once. */
final class References {

    private References() {
    }

    static void checkKnown(String field, List<String> codes, Function<Collection<String>, Set<String>> unknown,
                           String what, List<InvalidParam> invalid) {
        if (codes == null || codes.isEmpty()) {
            return;
        }
        Set<String> missing = unknown.apply(new HashSet<>(codes));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (missing.contains(code)) {
                invalid.add(new InvalidParam(field + "[" + i + "]", "there is no " + what + " '" + code + "'"));
            } else if (!seen.add(code)) {
                invalid.add(new InvalidParam(field + "[" + i + "]", "occurs more than once"));
            }
        }
    }

    static void checkSubset(String field, List<String> codes, Set<String> allowed, String whose, List<InvalidParam> invalid) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!allowed.contains(codes.get(i))) {
                invalid.add(new InvalidParam(field + "[" + i + "]", "'" + codes.get(i) + "' is not one of " + whose
                        + " " + allowed.stream().sorted().toList()));
            }
        }
    }

    /** Replaces the set's contents only when they differ, so that an unchanged list does not bump the version. */
    static void replace(Set<String> current, List<String> next) {
        Set<String> wanted = next == null ? Set.of() : new HashSet<>(next);
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
