/**
 * The bookstore's JPA entities, as in the seed tutorial: {@link io.strata.examples.bookstore.models.Author}
 * (unique email), {@link io.strata.examples.bookstore.models.Book} (unique name, author foreign key) and
 * {@link io.strata.examples.bookstore.models.Store} (unique name), books and stores joined through
 * {@code book_to_store_map}.
 */
package io.strata.examples.bookstore.models;
