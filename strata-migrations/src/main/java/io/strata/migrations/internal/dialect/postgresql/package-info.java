/**
 * Internal, unsupported: the PostgreSQL dialect (15 and later). Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.internal.dialect.postgresql;
