/**
 * JMH benchmarks of the query helpers through {@code Database} on the bookstore's schema —
 * {@code getOrCreate} (get path and create path) and {@code paginate} (count and page) — each next to
 * the same work written by hand in JDBC, on PostgreSQL and SQLite.
 */
package io.strata.benchmarks.helpers;
