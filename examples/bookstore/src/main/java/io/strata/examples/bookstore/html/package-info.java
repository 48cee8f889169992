/**
 * The bookstore's server-rendered HTML pages: plain Java string building, every database value
 * escaped by {@link io.strata.examples.bookstore.html.Html#escape(Object)}.
 */
package io.strata.examples.bookstore.html;
