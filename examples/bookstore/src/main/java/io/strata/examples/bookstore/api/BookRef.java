package io.strata.examples.bookstore.api;

/**
 * A book named by id, inside another resource.
 *
 * @param id the id
 * @param name the unique name
 */
public record BookRef(long id, String name) {
}
