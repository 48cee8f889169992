package io.strata.examples.bookstore.api;

import java.util.List;

/**
 * A store and the books it sells ({@code GET /stores/{id}/books}).
 *
 * @param store the store
 * @param books its books with their authors, by id
 */
public record StoreStock(StoreView store, List<BookView> books) {
}
