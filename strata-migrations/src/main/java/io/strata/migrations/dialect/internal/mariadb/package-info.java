/**
 * Internal, unsupported: MariaDB (10.7 and later, for the {@code uuid} type), also used for MySQL
 * ({@code jdbc:mysql:} URLs, the {@code mysql} name) — its dialect, catalog reader and type mapping,
 * named-lock protocol and representation, reached through
 * {@link io.strata.migrations.dialect.internal.mariadb.MariaDBSupport}. Use it through
 * {@link io.strata.migrations.dialect.Dialects}.
 */
package io.strata.migrations.dialect.internal.mariadb;
