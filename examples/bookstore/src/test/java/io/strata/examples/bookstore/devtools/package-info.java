/** Developer tools of the bookstore, kept with the tests: the autogenerate run that wrote its revisions. */
package io.strata.examples.bookstore.devtools;
