package io.strata.core.internal.query;

import java.util.List;

import org.hibernate.query.SelectionQuery;

import io.strata.core.Page;
import io.strata.core.PageOutOfRangeException;

/** Runs a query one page at a time, counting the total unless asked not to. */
public final class Pagination {

    private Pagination() {
    }

    /** The page {@code page} (from 1) of {@code perPage} rows, {@code perPage} capped at {@code maxPerPage}. */
    public static <T> Page<T> page(SelectionQuery<T> query, int page, int perPage, int maxPerPage, boolean count) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + page);
        }
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be 1 or more, got " + perPage);
        }
        int size = Math.min(perPage, maxPerPage);
        long offset = (long) (page - 1) * size;
        if (offset > Integer.MAX_VALUE) {
            throw new PageOutOfRangeException(page, null);
        }
        if (!count) {
            // One row more than the page tells whether a next page exists without counting.
            List<T> rows = query.setFirstResult((int) offset).setMaxResults(size + 1).getResultList();
            if (rows.isEmpty() && page > 1) {
                throw new PageOutOfRangeException(page, null);
            }
            boolean hasNext = rows.size() > size;
            return Page.of(hasNext ? rows.subList(0, size) : rows, page, size, null, hasNext);
        }
        long total = query.getResultCount();
        long pages = Math.max(1, (total + size - 1) / size);
        if (page > pages) {
            throw new PageOutOfRangeException(page, (int) pages);
        }
        // The total tells whether a next page exists: no row more to load, and no query for an empty result.
        List<T> rows = total == 0 ? List.of()
                : query.setFirstResult((int) offset).setMaxResults(size).getResultList();
        if (rows.isEmpty() && page > 1) {
            // Rows deleted since the count.
            throw new PageOutOfRangeException(page, null);
        }
        return Page.of(rows, page, size, total, page < pages);
    }
}
