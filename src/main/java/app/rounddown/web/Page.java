package app.rounddown.web;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a pager needs. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }
}
