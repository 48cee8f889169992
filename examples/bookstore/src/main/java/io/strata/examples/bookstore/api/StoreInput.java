package io.strata.examples.bookstore.api;

/**
 * The body of {@code POST /stores}: {@code {"name"}}.
 *
 * @param name the store's name
 */
public record StoreInput(String name) {
}
