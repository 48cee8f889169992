/**
 * Internal, unsupported: what the per-database catalog readers behind
 * {@link io.strata.migrations.inspect.SchemaInspector} share — the
 * {@link io.strata.migrations.inspect.internal.DialectInspector} interface, catalog rows, table
 * assembly and the normalization of defaults and SQL text. The readers themselves live in each
 * database's package under {@code io.strata.migrations.dialect.internal}. Anything here may change
 * without notice.
 */
package io.strata.migrations.inspect.internal;
