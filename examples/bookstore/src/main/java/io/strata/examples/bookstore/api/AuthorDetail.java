package io.strata.examples.bookstore.api;

import java.util.List;

/**
 * An author with the books they wrote ({@code GET /authors/{id}}).
 *
 * @param id the id
 * @param name the name (may be null)
 * @param email the unique email address
 * @param books the author's books, by id
 */
public record AuthorDetail(long id, String name, String email, List<BookRef> books) {
}
