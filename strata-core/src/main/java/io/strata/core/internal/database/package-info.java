/**
 * Internal to Strata (unsupported, may change in any release): the per-database SPI
 * ({@link io.strata.core.internal.database.DatabaseType}) and its registry. Each database is one
 * subpackage plus one line in {@code META-INF/services/io.strata.core.internal.database.DatabaseType};
 * code outside those subpackages asks its {@code DatabaseType} instead of testing which database it is.
 */
package io.strata.core.internal.database;
