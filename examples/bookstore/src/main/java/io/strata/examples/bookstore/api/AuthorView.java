package io.strata.examples.bookstore.api;

import io.strata.examples.bookstore.models.Author;

/**
 * An author as the API shows it.
 *
 * @param id the id
 * @param name the name (may be null)
 * @param email the unique email address
 */
public record AuthorView(long id, String name, String email) {

    /** The view of a loaded author ({@code null} for none). */
    public static AuthorView of(Author author) {
        return author == null ? null : new AuthorView(author.getId(), author.getName(), author.getEmail());
    }
}
