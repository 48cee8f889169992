/**
 * Internal, unsupported: H2 2.x — its dialect, catalog reader and type mapping, reached through
 * {@link io.strata.migrations.dialect.internal.h2.H2Support}. Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.dialect.internal.h2;
