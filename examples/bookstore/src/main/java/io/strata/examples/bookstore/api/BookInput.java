package io.strata.examples.bookstore.api;

/**
 * The body of {@code POST /books}: {@code {"name", "authorId"}}.
 *
 * @param name the book's name
 * @param authorId the id of its author, if any
 */
public record BookInput(String name, Long authorId) {
}
