/**
 * JMH benchmarks of the migration runner through {@code Database}: {@code status()}, a no-op
 * {@code sync()} and an upgrade from base, each next to a hand-written JDBC baseline that does the
 * least a correct implementation must do, on PostgreSQL and SQLite.
 */
package io.strata.benchmarks.migrations;
