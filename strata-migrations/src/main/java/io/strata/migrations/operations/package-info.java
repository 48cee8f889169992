/**
 * Migration operations: immutable values, one record per operation, each knowing its reverse
 * ({@link io.strata.migrations.operations.Operation#reverse()}) and the schema it produces
 * ({@link io.strata.migrations.operations.Operation#applyTo}). They hold no SQL of their own: the
 * dialects in {@code io.strata.migrations.dialect} render them.
 *
 * <p>Revisions build them through the {@link io.strata.migrations.operations.Ops} DSL:
 * <pre>{@code
 * ops.createTable("author", t -> t
 *         .column("id", bigint(), c -> c.autoIncrement())
 *         .column("name", varchar(100), c -> c.notNull())
 *         .primaryKey("pk_author", "id"));
 * ops.addColumn("book", "isbn", varchar(20));
 * }</pre>
 */
package io.strata.migrations.operations;
