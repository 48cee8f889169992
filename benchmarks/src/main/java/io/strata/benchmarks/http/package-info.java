/**
 * The HTTP load benchmark: the bookstore on Strata against its hand-written JDBC twin
 * ({@link io.strata.benchmarks.twin}), on the same seeded database, loaded in turn by {@code wrk}
 * ({@link io.strata.benchmarks.http.HttpLoad}); {@code benchmarks/run.sh --only http} runs it on
 * PostgreSQL and SQLite.
 */
package io.strata.benchmarks.http;
