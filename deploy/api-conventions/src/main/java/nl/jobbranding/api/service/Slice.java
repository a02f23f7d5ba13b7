package nl.jobbranding.api.service;

import java.util.List;
import java.util.function.Function;

/** One page of items with the sort key to continue after, or null when this is the last page. */
public record Slice<T>(List<T> items, String nextAfter) {

    /**
     * Builds a slice from a query that fetched up to {@code limit + 1} rows: the extra row only tells that
     * there is a next page.
     */
    public static <E, T> Slice<T> of(List<E> rows, int limit, Function<E, String> key, Function<E, T> mapper) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        String next = more ? key.apply(page.get(page.size() - 1)) : null;
        return new Slice<>(page.stream().map(mapper).toList(), next);
    }

    /**
     * Like {@link #of}, with a mapper that takes the whole page at once, so that what the items need is read for all
     * of them together (one query per page, never one per item). The mapper returns one item per row, in order.
     */
    public static <E, T> Slice<T> ofPage(List<E> rows, int limit, Function<E, String> key, Function<List<E>, List<T>> mapper) {
        boolean more = rows.size() > limit;
        List<E> page = more ? rows.subList(0, limit) : rows;
        String next = more ? key.apply(page.get(page.size() - 1)) : null;
        return new Slice<>(mapper.apply(page), next);
    }
}
