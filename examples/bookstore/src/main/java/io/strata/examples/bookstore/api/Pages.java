package io.strata.examples.bookstore.api;

import java.util.function.Function;

import io.strata.core.Page;

/** Turns pages of entities into pages of views, so no entity (lazy, cyclic) ever reaches the JSON mapper. */
public final class Pages {

    private Pages() {
    }

    /** The same page with each item mapped. */
    public static <T, R> Page<R> map(Page<T> page, Function<T, R> mapper) {
        return new Page<>(page.items().stream().map(mapper).toList(), page.page(), page.perPage(), page.total(),
                page.pages(), page.hasPrev(), page.hasNext(), page.prevNum(), page.nextNum());
    }
}
