/** Test fixtures of the bookstore: running bookstores per database kind, a JSON HTTP client, headless Chromium. */
package io.strata.examples.bookstore.testing;
