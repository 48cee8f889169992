/**
 * The bookstore's hand-written twin: the same Javalin version, the same routes and JSON for
 * {@code GET /authors/{id}}, {@code GET /books?page&per_page}, {@code POST /authors} (get-or-create by
 * email) and {@code /healthz/ready}, over HikariCP and plain JDBC — no Hibernate, no Strata. It reads the
 * database the bookstore created, and is the baseline of the HTTP and start-up lines of
 * {@code benchmarks/run.sh}.
 */
package io.strata.benchmarks.twin;
