/**
 * Internal, unsupported: the per-database readers behind
 * {@link io.strata.migrations.inspect.SchemaInspector}. Anything here may change without notice.
 *
 * <p>Each {@link io.strata.migrations.internal.inspect.DialectInspector} answers whether it handles
 * a JDBC product name and reads that database's catalog into neutral tables; the normalization they
 * share (defaults, identifier quoting) lives in small helpers beside them.
 */
package io.strata.migrations.internal.inspect;
