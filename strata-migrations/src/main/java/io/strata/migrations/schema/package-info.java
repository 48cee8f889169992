/**
 * The dialect-neutral schema model: {@link io.strata.migrations.schema.Schema}s of
 * {@link io.strata.migrations.schema.Table}s with columns of neutral
 * {@link io.strata.migrations.schema.ColumnType}s, keys, constraints and indexes.
 *
 * <p>Values are immutable records. The same model describes the schema Hibernate models map to,
 * the schema a chain of revisions produces, and a live database read back; comparing them is how
 * autogenerate, {@code check} and drift detection work.
 *
 * <p>The records write out their {@code equals} and {@code hashCode} (component by component, as the
 * generated ones would): a record's generated methods are linked through method handles on their first
 * call, and an application's start compares the models' schema with the revisions' one, where that
 * linking cost 20–30 ms of the start's main thread (async-profiler, the bookstore).
 */
package io.strata.migrations.schema;
