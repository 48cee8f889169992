package io.strata.core;

import java.util.List;

/**
 * One page of query results, as {@link Database#paginate} returns it. Every figure is a component, so
 * any JSON mapper renders the whole page; the ones that may be unknown are {@code null}, as in
 * Flask-SQLAlchemy.
 *
 * @param items the rows of this page
 * @param page the page number, from 1
 * @param perPage the page size used (after the maximum was applied)
 * @param total the number of rows over all pages, {@code null} when counting was skipped
 * @param pages the number of pages (at least 1), {@code null} when counting was skipped
 * @param hasPrev whether an earlier page exists
 * @param hasNext whether a later page has rows
 * @param prevNum the previous page's number, {@code null} on the first page
 * @param nextNum the next page's number, {@code null} on the last page
 * @param <T> the row type
 */
public record Page<T>(List<T> items, int page, int perPage, Long total, Integer pages, boolean hasPrev,
        boolean hasNext, Integer prevNum, Integer nextNum) {

    /** Freezes the item list. */
    public Page {
        items = List.copyOf(items);
    }

    /** A page, its derived figures computed: {@code total} is {@code null} when counting was skipped. */
    public static <T> Page<T> of(List<T> items, int page, int perPage, Long total, boolean hasNext) {
        Integer pages = total == null ? null : (int) Math.max(1, (total + perPage - 1) / perPage);
        return new Page<>(items, page, perPage, total, pages, page > 1, hasNext, page > 1 ? page - 1 : null,
                hasNext ? page + 1 : null);
    }
}
