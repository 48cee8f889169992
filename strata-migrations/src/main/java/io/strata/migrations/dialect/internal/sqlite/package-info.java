/**
 * Internal, unsupported: SQLite (3.35 and later) — its dialect, including the table rebuilds that
 * stand in for the {@code ALTER TABLE} forms SQLite lacks, its catalog reader ({@code CREATE TABLE}
 * parser and type mapping), write-lock protocol and representation, reached through
 * {@link io.strata.migrations.dialect.internal.sqlite.SQLiteSupport}. Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.dialect.internal.sqlite;
