package io.strata.core;

import io.strata.ErrorKind;
import io.strata.StrataException;

/** A page past the last one was asked for (web layers answer 404). */
public class PageOutOfRangeException extends StrataException {

    private static final long serialVersionUID = 1L;

    private final int page;
    private final Integer pages;

    /** Creates the exception; {@code pages} is {@code null} when the count was skipped. */
    public PageOutOfRangeException(int page, Integer pages) {
        super(ErrorKind.NOT_FOUND, "Page " + page + " is out of range" + (pages == null ? " (it has no rows)" : "; there are " + pages
                + " page(s)") + ". Ask for a page from 1 to the last one.");
        this.page = page;
        this.pages = pages;
    }

    /** The page asked for. */
    public int page() {
        return page;
    }

    /** The number of pages, or {@code null} when the count was skipped. */
    public Integer pages() {
        return pages;
    }
}
