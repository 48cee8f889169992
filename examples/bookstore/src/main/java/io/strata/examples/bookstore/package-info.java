/**
 * The bookstore application: {@link io.strata.examples.bookstore.Bookstore} starts it (schema sync,
 * sample data, Javalin with the Strata plugin), {@link io.strata.examples.bookstore.BookstoreSettings}
 * reads {@code DATABASE_URL} and {@code PORT}, {@link io.strata.examples.bookstore.SampleData} holds the
 * seed tutorial's rows.
 */
package io.strata.examples.bookstore;
