package io.strata.examples.bookstore.api;

/**
 * The body of {@code POST /authors} and {@code PATCH /authors/{id}}: {@code {"name", "email"}}.
 *
 * @param name the author's name
 * @param email the author's email address
 */
public record AuthorInput(String name, String email) {
}
