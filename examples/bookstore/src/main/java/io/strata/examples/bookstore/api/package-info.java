/**
 * The bookstore's JSON API: one routes class per resource ({@link io.strata.examples.bookstore.api.AuthorRoutes},
 * {@link io.strata.examples.bookstore.api.BookRoutes}, {@link io.strata.examples.bookstore.api.StoreRoutes}),
 * records as responses (never entities: no lazy loading after the session closes, no cycles), checked
 * JSON input, and errors as {@code {"error": ..., "status": ...}}.
 */
package io.strata.examples.bookstore.api;
