package io.strata.benchmarks.twin;

import java.util.List;

/**
 * The twin's JSON bodies: records whose components have the names, order and types of the bookstore's
 * views ({@code AuthorView}, {@code AuthorDetail}, {@code BookRef}, {@code BookView}) and of Strata's
 * {@code Page}, so Javalin's Jackson mapper writes the same bytes for the same rows.
 */
public final class TwinJson {

    private TwinJson() {
    }

    /**
     * An author as lists show it.
     *
     * @param id the id
     * @param name the name (may be null)
     * @param email the unique email
     */
    public record Author(long id, String name, String email) {
    }

    /**
     * A book named by id inside an author.
     *
     * @param id the id
     * @param name the unique name
     */
    public record BookRef(long id, String name) {
    }

    /**
     * An author with their books.
     *
     * @param id the id
     * @param name the name (may be null)
     * @param email the unique email
     * @param books the books, by id
     */
    public record AuthorDetail(long id, String name, String email, List<BookRef> books) {
    }

    /**
     * A book with its author.
     *
     * @param id the id
     * @param name the unique name
     * @param author the author, or null
     */
    public record Book(long id, String name, Author author) {
    }

    /**
     * A page of rows, with the figures Flask-SQLAlchemy's pagination gives.
     *
     * @param items the rows of the page
     * @param page the page number, from 1
     * @param perPage the page size
     * @param total the number of rows over all pages
     * @param pages the number of pages (at least 1)
     * @param hasPrev whether an earlier page exists
     * @param hasNext whether a later page exists
     * @param prevNum the previous page's number, null on the first
     * @param nextNum the next page's number, null on the last
     * @param <T> the row type
     */
    public record Page<T>(List<T> items, int page, int perPage, Long total, Integer pages, boolean hasPrev,
            boolean hasNext, Integer prevNum, Integer nextNum) {
    }
}
