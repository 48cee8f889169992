/**
 * The bookstore's JSON API: one routes class per resource ({@link io.strata.examples.bookstore.api.AuthorRoutes},
 * {@link io.strata.examples.bookstore.api.BookRoutes}, {@link io.strata.examples.bookstore.api.StoreRoutes}),
 * records as responses (never entities: no lazy loading after the session closes, no cycles) and as
 * request bodies (read strictly by the plugin's JSON mapper, then checked by {@code Fields}).
 * Errors are the Strata plugin's: problem details (RFC 9457) naming the field, or an HTML page for browsers.
 */
package io.strata.examples.bookstore.api;
