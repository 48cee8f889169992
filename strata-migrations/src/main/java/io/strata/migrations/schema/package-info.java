/**
 * The dialect-neutral schema model: {@link io.strata.migrations.schema.Schema}s of
 * {@link io.strata.migrations.schema.Table}s with columns of neutral
 * {@link io.strata.migrations.schema.ColumnType}s, keys, constraints and indexes.
 *
 * <p>Values are immutable records. The same model describes the schema Hibernate models map to,
 * the schema a chain of revisions produces, and a live database read back; comparing them is how
 * autogenerate, {@code check} and drift detection work.
 */
package io.strata.migrations.schema;
