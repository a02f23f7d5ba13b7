package nl.jobbranding.api.repository;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The where-clause of a list query, built from the filters a client gave; absent (null) filters add nothing. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} (which uses {@code :name}) when the value is given. */
    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The codes among {@code codes} that {@code existing} (codes in, existing codes out) does not return. */
    public static Set<String> unknownCodes(Collection<String> codes, Function<Collection<String>, Stream<String>> existing) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = existing.apply(codes).collect(Collectors.toSet());
        return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toSet());
    }
}
