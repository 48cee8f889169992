/**
 * Internal, unsupported: PostgreSQL (15 and later) — its dialect, catalog reader and type mapping,
 * advisory-lock protocol and representation, reached through
 * {@link io.strata.migrations.dialect.internal.postgresql.PostgreSQLSupport}. Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.dialect.internal.postgresql;
