/**
 * Internal, unsupported: the SQLite dialect (3.35 and later), including the table rebuilds that stand
 * in for the {@code ALTER TABLE} forms SQLite lacks. Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.internal.dialect.sqlite;
