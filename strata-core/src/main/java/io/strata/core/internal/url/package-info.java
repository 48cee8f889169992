/**
 * Internal to Strata (unsupported, may change in any release): parsing database URLs into JDBC
 * settings, with passwords masked. The per-database parts live with each database's
 * {@link io.strata.core.internal.database.DatabaseType}.
 */
package io.strata.core.internal.url;
