/**
 * The bookstore's revisions, in the order of the seed tutorial: the authors table, then books with
 * their author foreign key, then stores and the book-to-store map. Each was written by Strata's
 * autogenerate ({@code GenerateRevisions} in the test sources diffs the replayed history against the
 * models of that step) and reviewed before it was committed.
 */
package io.strata.examples.bookstore.migrations;
