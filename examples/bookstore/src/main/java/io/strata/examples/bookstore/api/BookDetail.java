package io.strata.examples.bookstore.api;

import java.util.Comparator;
import java.util.List;

import io.strata.examples.bookstore.models.Book;

/**
 * A book with its author and the stores that sell it ({@code GET /books/{id}}).
 *
 * @param id the id
 * @param name the unique name
 * @param author the author, or null when the book has none
 * @param stores the stores selling it, by id
 */
public record BookDetail(long id, String name, AuthorView author, List<StoreView> stores) {

    /** The view of a book, its author and stores read within the session. */
    public static BookDetail of(Book book) {
        List<StoreView> stores = book.getStores().stream().map(StoreView::of)
                .sorted(Comparator.comparingLong(StoreView::id)).toList();
        return new BookDetail(book.getId(), book.getName(), AuthorView.of(book.getAuthor()), stores);
    }
}
