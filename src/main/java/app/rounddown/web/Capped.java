package app.rounddown.web;

import java.util.List;

/**
 * The first {@code limit} items of a list that is read without counting it: one more is fetched, so the page can say
 * that there are more than it shows instead of silently stopping.
 */
public record Capped<T>(List<T> items, int limit, boolean more) {

    /** From a read of {@code limit + 1} rows. */
    public static <T> Capped<T> of(List<T> fetched, int limit) {
        return new Capped<>(fetched.size() > limit ? fetched.subList(0, limit) : fetched, limit, fetched.size() > limit);
    }

    public static <T> Capped<T> none() {
        return new Capped<>(List.of(), 0, false);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
