package io.strata.core;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One page of query results, as {@link Database#paginate} returns it.
 *
 * @param items the rows of this page
 * @param page the page number, from 1
 * @param perPage the page size used (after the maximum was applied)
 * @param total the number of rows over all pages, empty when counting was skipped
 * @param hasNext whether a later page has rows
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int page, int perPage, OptionalLong total, boolean hasNext) {

    /** Freezes the item list. */
    public Page {
        items = List.copyOf(items);
    }

    /** The number of pages (at least 1), empty when counting was skipped. */
    public OptionalInt pages() {
        if (total.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.max(1, (total.getAsLong() + perPage - 1) / perPage));
    }

    /** Whether an earlier page exists. */
    public boolean hasPrev() {
        return page > 1;
    }

    /** The previous page's number, if there is one. */
    public OptionalInt prevNum() {
        return hasPrev() ? OptionalInt.of(page - 1) : OptionalInt.empty();
    }

    /** The next page's number, if there is one. */
    public OptionalInt nextNum() {
        return hasNext ? OptionalInt.of(page + 1) : OptionalInt.empty();
    }
}
