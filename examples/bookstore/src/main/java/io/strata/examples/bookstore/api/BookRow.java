package io.strata.examples.bookstore.api;

/**
 * One row of the book list, read as a projection: the list only shows these columns, so loading
 * {@code Book} and {@code Author} entities into the session (and tracking them) would be wasted work.
 *
 * @param id the book's id
 * @param name the book's name
 * @param authorId the author's id, or null when the book has none
 * @param authorName the author's name
 * @param authorEmail the author's email
 */
public record BookRow(long id, String name, Long authorId, String authorName, String authorEmail) {

    /** The HQL that selects the rows, books by id. */
    static final String QUERY = "select new " + BookRow.class.getName()
            + "(b.id, b.name, a.id, a.name, a.email) from Book b left join b.author a order by b.id";

    /** The book as the API shows it. */
    BookView view() {
        return new BookView(id, name, authorId == null ? null : new AuthorView(authorId, authorName, authorEmail));
    }
}
