package io.strata.examples.bookstore.api;

import io.strata.examples.bookstore.models.Book;

/**
 * A book with its author, as lists show it.
 *
 * @param id the id
 * @param name the unique name
 * @param author the author, or null when the book has none
 */
public record BookView(long id, String name, AuthorView author) {

    /** The view of a book whose author is loaded (or fetched within the session). */
    public static BookView of(Book book) {
        return new BookView(book.getId(), book.getName(), AuthorView.of(book.getAuthor()));
    }
}
